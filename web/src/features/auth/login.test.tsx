// The login page explains refusals (wrong credentials, throttling; missing or invalid fields at
// the fields and in the error summary) and, on success, returns the user to the page they asked for.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeApi, makeMe, problem } from '../../test/fake-api';
import { renderApp } from '../../test/render';

function anonymousServer() {
  return new FakeApi()
    .on('GET', '/me', { status: 401, body: problem(401, 'Not logged in') })
    .on('GET', '/counties/etela-pohjanmaa/municipalities', { status: 200, body: { items: [] } })
    .on('GET', '/drafts/client-new', { status: 204 })
    .install();
}

async function submit(user: ReturnType<typeof userEvent.setup>, username: string, password: string) {
  await user.type(await screen.findByLabelText('Käyttäjätunnus'), username);
  await user.type(screen.getByLabelText('Salasana'), password);
  await user.click(screen.getByRole('button', { name: 'Kirjaudu' }));
}

describe('login page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says "wrong username or password" on 401 and clears the password', async () => {
    const api = anonymousServer().on('POST', '/session', { status: 401, body: problem(401, 'Unauthorized') });
    const user = userEvent.setup();
    await renderApp('/login');
    await submit(user, 'demo-social_worker', 'väärä');
    expect(await screen.findByRole('alert')).toHaveTextContent('Väärä käyttäjätunnus tai salasana.');
    expect(screen.getByLabelText('Salasana')).toHaveValue('');
    expect(api.calls('POST', '/session')[0].headers['x-csrf-token']).toBeUndefined();
  });

  it('asks to try later on 429', async () => {
    anonymousServer().on('POST', '/session', { status: 429, body: problem(429, 'Too many failed logins') });
    const user = userEvent.setup();
    await renderApp('/login');
    await submit(user, 'demo-social_worker', 'väärä');
    expect(await screen.findByRole('alert')).toHaveTextContent(/Liian monta kirjautumisyritystä/);
  });

  it('marks missing fields without asking the server', async () => {
    const api = anonymousServer();
    const user = userEvent.setup();
    await renderApp('/login');
    await user.click(await screen.findByRole('button', { name: 'Kirjaudu' }));
    expect(screen.getByLabelText('Käyttäjätunnus')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Salasana')).toHaveAttribute('aria-invalid', 'true');
    // the form kit's summary lists both, linking to the fields, and takes focus
    const heading = await screen.findByRole('heading', { name: /Lomakkeessa on 2 virhettä/ });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('link', { name: /^Käyttäjätunnus:/ })).toHaveAttribute('href', 'login-username');
    expect(screen.getByRole('link', { name: /^Salasana:/ })).toHaveAttribute('href', 'login-password');
    expect(api.calls('POST', '/session')).toHaveLength(0);
  });

  it('shows a 422 naming a field at that field and in the summary', async () => {
    anonymousServer().on('POST', '/session', {
      status: 422,
      body: problem(422, 'Invalid', { errors: [{ field: 'username', message: 'Käyttäjätunnus on liian pitkä.' }] }),
    });
    const user = userEvent.setup();
    await renderApp('/login');
    await submit(user, 'x'.repeat(10), 'salasana');
    expect(await screen.findByRole('link', { name: 'Käyttäjätunnus: Käyttäjätunnus on liian pitkä.' })).toBeInTheDocument();
    expect(screen.getByLabelText('Käyttäjätunnus')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Salasana')).toHaveValue('');
  });

  it('returns to the requested page after login', async () => {
    anonymousServer().on('POST', '/session', {
      status: 200,
      body: { user: makeMe(['social_worker']), csrf_token: 'c' },
    });
    const user = userEvent.setup();
    const { router } = await renderApp('/clients/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeInTheDocument();
    await submit(user, 'demo-social_worker', 'demo-password-2026');
    expect(await screen.findByRole('heading', { level: 1, name: 'Uusi asiakas' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/clients/new');
  });

  // Issue 8: /me answered 401 on every login page load. Without the "signed in here" hint the app
  // starts logged out without asking; with it, it asks and a 401 clears the hint.
  it('asks no /me on a fresh browser, and remembers a login for the next start', async () => {
    const api = anonymousServer().on('POST', '/session', {
      status: 200,
      body: { user: makeMe(['social_worker']), csrf_token: 'c' },
    });
    const user = userEvent.setup();
    await renderApp('/login', { signedIn: false });
    expect(await screen.findByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeInTheDocument();
    expect(api.calls('GET', '/me')).toHaveLength(0);
    await submit(user, 'demo-social_worker', 'demo-password-2026');
    await waitFor(() => expect(localStorage.getItem('soku.signedIn')).toBe('1'));
    expect(api.calls('GET', '/me')).toHaveLength(0);
  });

  it('asks /me when the hint says signed in, and forgets the hint on 401', async () => {
    const api = anonymousServer();
    await renderApp('/login', { signedIn: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeInTheDocument();
    await waitFor(() => expect(api.calls('GET', '/me')).toHaveLength(1));
    await waitFor(() => expect(localStorage.getItem('soku.signedIn')).toBeNull());
  });

  it('logs in over a live session cookie it did not know of (CSRF refusal → /me → login again)', async () => {
    let attempts = 0;
    const api = anonymousServer()
      .on('GET', '/me', { status: 200, body: { user: makeMe(['social_worker']), csrf_token: 'live' } })
      .on('POST', '/session', () => {
        attempts += 1;
        return attempts === 1
          ? { status: 403, body: { ...problem(403, 'CSRF'), type: '/problems/csrf' } }
          : { status: 200, body: { user: makeMe(['social_worker']), csrf_token: 'new' } };
      });
    const user = userEvent.setup();
    await renderApp('/login', { signedIn: false });
    await submit(user, 'demo-social_worker', 'demo-password-2026');
    await waitFor(() => expect(api.calls('POST', '/session')).toHaveLength(2));
    expect(api.calls('POST', '/session')[1].headers['x-csrf-token']).toBe('live');
  });
});
