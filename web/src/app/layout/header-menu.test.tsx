// The header's menu button on a phone: it says whether the menu is open (aria-expanded), names
// what it opens (aria-controls), closes on Escape pressed in the header (focus back on the button,
// but not on an Escape meant for something else) and when the user goes to another page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import { FakeApi, makeMe } from '../../test/fake-api';
import { renderApp } from '../../test/render';

function serveWorker() {
  new FakeApi().on('GET', '/me', { status: 200, body: { user: makeMe(['social_worker']), csrf_token: 't' } }).install();
}

describe('header menu', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('opens and closes with the button, naming the tools and the navigation it controls', async () => {
    serveWorker();
    await renderApp('/accessibility');
    const button = await screen.findByRole('button', { name: 'Valikko' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button.getAttribute('aria-controls')?.split(' ')).toEqual(['header-tools', 'main-nav']);
    const nav = screen.getByRole('navigation', { name: 'Päävalikko' });
    expect(nav).toHaveAttribute('id', 'main-nav');
    expect(nav).not.toHaveClass('is-open');
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(nav).toHaveClass('is-open');
    expect(document.getElementById('header-tools')).toHaveClass('is-open');
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(nav).not.toHaveClass('is-open');
  });

  it('closes on Escape in the header and gives the focus back to the button', async () => {
    serveWorker();
    await renderApp('/accessibility');
    const button = await screen.findByRole('button', { name: 'Valikko' });
    fireEvent.click(button);
    const link = screen.getByRole('link', { name: 'Etusivu' });
    link.focus();
    fireEvent.keyDown(link, { key: 'Escape' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('ignores an Escape outside the header and other keys', async () => {
    serveWorker();
    await renderApp('/accessibility');
    const button = await screen.findByRole('button', { name: 'Valikko' });
    fireEvent.click(button);
    fireEvent.keyDown(screen.getByRole('main'), { key: 'Escape' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    fireEvent.keyDown(button, { key: 'Enter' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
  });

  it('closes when the user goes to another page', async () => {
    serveWorker();
    const { router } = await renderApp('/accessibility');
    const button = await screen.findByRole('button', { name: 'Valikko' });
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await act(() => router.navigate('/'));
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('is not there before login', async () => {
    new FakeApi().on('GET', '/me', { status: 401, body: { status: 401, title: 'Not logged in' } }).install();
    await renderApp('/login');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('button', { name: 'Valikko' })).toBeNull();
  });
});
