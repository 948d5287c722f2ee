// A user whose password an admin set (password_change_required) sees only the "set your own
// password" page — after login and after a reload — until PUT /me/password succeeds; then the page
// they asked for. The form checks the fields first and explains the server's refusals.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeApi, makeMe, problem } from '../../test/fake-api';
import { renderApp } from '../../test/render';

const TEMPORARY = 'temporary-password-2026';
const OWN = 'my-own-password-2026';

function loggedInWithTemporaryPassword() {
  return new FakeApi()
    .on('GET', '/me', {
      status: 200,
      // An analyst: the home page needs no further data.
      body: { user: makeMe(['analyst']), csrf_token: 'c1', password_change_required: true },
    })
    .install();
}

async function fill(user: ReturnType<typeof userEvent.setup>, current: string, next: string, repeat: string) {
  if (current) await user.type(await screen.findByLabelText('Nykyinen (väliaikainen) salasana'), current);
  if (next) await user.type(screen.getByLabelText(/^Uusi salasana$/), next);
  if (repeat) await user.type(screen.getByLabelText('Uusi salasana uudelleen'), repeat);
  await user.click(screen.getByRole('button', { name: 'Tallenna salasana' }));
}

describe('own password', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows only the password page, whatever page was asked for', async () => {
    const api = loggedInWithTemporaryPassword();
    await renderApp('/clients');
    expect(await screen.findByRole('heading', { level: 1, name: 'Aseta oma salasanasi' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Päävalikko' })).toBeNull();
    expect(api.calls('GET', '/clients')).toHaveLength(0);
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Kirjaudu ulos' })).toBeInTheDocument();
  });

  it('checks the fields before asking the server and lists the errors in a summary', async () => {
    const api = loggedInWithTemporaryPassword();
    const user = userEvent.setup();
    await renderApp('/');
    await fill(user, TEMPORARY, 'short', 'other');
    const summary = await screen.findByRole('heading', { name: /Lomakkeessa on 2 virhettä/ });
    expect(summary).toBeInTheDocument();
    expect(screen.getByLabelText(/^Uusi salasana$/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Uusi salasana uudelleen')).toHaveAttribute('aria-invalid', 'true');
    expect(api.calls('PUT', '/me/password')).toHaveLength(0);
  });

  it('says so when the current password is wrong', async () => {
    const api = loggedInWithTemporaryPassword().on('PUT', '/me/password', {
      status: 422,
      body: problem(422, 'Invalid', { errors: [{ field: 'current_password', message: 'is not your current password' }] }),
    });
    const user = userEvent.setup();
    await renderApp('/');
    await fill(user, 'wrong-password-1', OWN, OWN);
    expect(await screen.findByRole('heading', { name: /Lomakkeessa on 1 virhe/ })).toBeInTheDocument();
    expect(screen.getAllByText(/Nykyinen salasana on väärä/).length).toBeGreaterThan(0);
    const current = screen.getByLabelText('Nykyinen (väliaikainen) salasana');
    expect(current).toHaveValue('');
    expect(current).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('heading', { level: 1, name: 'Aseta oma salasanasi' })).toBeInTheDocument();
    expect(api.calls('PUT', '/me/password')).toHaveLength(1);
  });

  it('sends the passwords with the CSRF token and then shows the page asked for', async () => {
    const api = loggedInWithTemporaryPassword().on('PUT', '/me/password', { status: 204 });
    const user = userEvent.setup();
    await renderApp('/');
    await fill(user, TEMPORARY, OWN, OWN);
    expect(await screen.findByRole('heading', { level: 1, name: /Tervetuloa/ })).toBeInTheDocument();
    const [put] = api.calls('PUT', '/me/password');
    expect(put.body).toEqual({ current_password: TEMPORARY, new_password: OWN });
    expect(put.headers['x-csrf-token']).toBe('c1');
    expect(screen.getByRole('navigation', { name: 'Päävalikko' })).toBeInTheDocument();
  });

  it('asks a user whose password is their own for nothing', async () => {
    new FakeApi()
      .on('GET', '/me', { status: 200, body: { user: makeMe(['analyst']), csrf_token: 'c', password_change_required: false } })
      .install();
    await renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: /Tervetuloa/ })).toBeInTheDocument();
    expect(screen.queryByLabelText('Nykyinen (väliaikainen) salasana')).toBeNull();
  });

  it('follows the login response: a temporary password leads to the password page', async () => {
    new FakeApi()
      .on('GET', '/me', { status: 401, body: problem(401, 'Not logged in') })
      .on('POST', '/session', {
        status: 200,
        body: { user: makeMe(['analyst']), csrf_token: 'c2', password_change_required: true },
      })
      .install();
    const user = userEvent.setup();
    await renderApp('/login');
    await user.type(await screen.findByLabelText('Käyttäjätunnus'), 'uusi.kayttaja');
    await user.type(screen.getByLabelText('Salasana'), TEMPORARY);
    await user.click(screen.getByRole('button', { name: 'Kirjaudu' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Aseta oma salasanasi' })).toBeInTheDocument();
  });

  it('is translated (sv)', async () => {
    loggedInWithTemporaryPassword();
    await renderApp('/', { lang: 'sv' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ange ditt eget lösenord' })).toBeInTheDocument();
    expect(screen.getByLabelText('Nuvarande (tillfälligt) lösenord')).toBeInTheDocument();
  });
});
