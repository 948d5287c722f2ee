// When the session expires while the user is filling in a form, the app must not navigate away
// or reset the form: a re-login dialog opens, and after logging in the new CSRF token is used and
// saving again succeeds with everything the user typed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeApi, makeMe, problem } from '../../test/fake-api';
import type { RecordedRequest } from '../../test/fake-api';
import { renderApp } from '../../test/render';

const MUNICIPALITIES = {
  items: [
    { code: 'kurikka', name: 'Kurikka' },
    { code: 'alajarvi', name: 'Alajärvi' },
  ],
};

function serverWithExpiringSession() {
  const state = { sessionValid: true, csrf: 'csrf-1' };
  const requireSession = (req: RecordedRequest) =>
    state.sessionValid && (req.method === 'GET' || req.headers['x-csrf-token'] === state.csrf);
  const me = makeMe(['social_worker']);
  const fake = new FakeApi()
    .on('GET', '/me', () => ({ status: 200, body: { user: me, csrf_token: state.csrf } }))
    .on('GET', '/counties/etela-pohjanmaa/municipalities', { status: 200, body: MUNICIPALITIES })
    .on('GET', '/drafts/client-new', { status: 204 })
    .on('PUT', '/drafts/client-new', (req) =>
      requireSession(req) ? { status: 204 } : { status: 401, body: problem(401, 'Unauthorized') },
    )
    .on('DELETE', '/drafts/client-new', { status: 204 })
    .on('POST', '/session', (req) => {
      const { username, password } = req.body as { username: string; password: string };
      if (username !== me.username || password !== 'demo-password-2026') {
        return { status: 401, body: problem(401, 'Unauthorized') };
      }
      state.sessionValid = true;
      state.csrf = 'csrf-2';
      return { status: 200, body: { user: me, csrf_token: state.csrf } };
    })
    .on('POST', '/clients', (req) =>
      requireSession(req)
        ? { status: 201, body: { id: 'c-new', ...(req.body as object) } }
        : { status: 401, body: problem(401, 'Unauthorized') },
    )
    .on('GET', '/clients/c-new', {
      status: 200,
      body: {
        id: 'c-new',
        hetu: '010190-900P',
        birth_date: '1990-01-01',
        first_name: 'Testi',
        last_name: 'Henkilö',
        municipality: { code: 'kurikka', name: 'Kurikka' },
        languages: ['fi'],
        contact: { phone: '040 000 0000', email: null, address: null },
        safety_notes: 'Pelkää koiria',
        unit: null,
        version: 1,
        created_at: '2026-11-24T12:00:00Z',
        updated_at: '2026-11-24T12:00:00Z',
        relationship: 'case_worker',
      },
    })
    .install();
  return { fake, state };
}

async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

describe('session expiry while typing', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the typed values, re-logs in with a new CSRF token and saves', { timeout: 60_000 }, async () => {
    const { fake, state } = serverWithExpiringSession();
    const user = userEvent.setup();
    const { router } = await renderApp('/clients/new');

    const firstName = await screen.findByLabelText('Etunimi');
    await fill(user, screen.getByLabelText(/Henkilötunnus/), '010190-900P');
    await user.type(firstName, 'Testi');
    await fill(user, screen.getByLabelText('Sukunimi'), 'Henkilö');
    await user.click(screen.getByRole('button', { name: /Kotikunta/ }));
    await user.click(await screen.findByRole('option', { name: 'Kurikka' }));
    await user.click(screen.getByRole('checkbox', { name: 'suomi' }));
    await fill(user, screen.getByLabelText(/Puhelinnumero/), '040 000 0000');
    await fill(user, screen.getByLabelText(/^Turvallisuushuomiot/), 'Pelkää koiria');

    // The server forgets the session (idle timeout, cookie gone).
    state.sessionValid = false;
    await user.click(screen.getByRole('button', { name: 'Lisää asiakas' }));

    const dialog = await screen.findByRole('dialog', { name: 'Istuntosi on vanhentunut — kirjaudu uudelleen' });
    expect(router.state.location.pathname).toBe('/clients/new');
    expect(within(dialog).getByLabelText('Käyttäjätunnus')).toHaveValue('demo-social_worker');

    await fill(user, within(dialog).getByLabelText('Salasana'), 'demo-password-2026');
    await user.click(within(dialog).getByRole('button', { name: 'Kirjaudu ja jatka' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    // Everything typed is still there.
    expect(screen.getByLabelText('Etunimi')).toHaveValue('Testi');
    expect(screen.getByLabelText('Sukunimi')).toHaveValue('Henkilö');
    expect(screen.getByLabelText(/Henkilötunnus/)).toHaveValue('010190-900P');
    expect(screen.getByRole('button', { name: /Kotikunta/ })).toHaveTextContent('Kurikka');
    expect(screen.getByRole('checkbox', { name: 'suomi' })).toBeChecked();
    expect(screen.getByLabelText(/Puhelinnumero/)).toHaveValue('040 000 0000');
    expect(screen.getByLabelText(/^Turvallisuushuomiot/)).toHaveValue('Pelkää koiria');
    expect(router.state.location.pathname).toBe('/clients/new');

    await user.click(screen.getByRole('button', { name: 'Lisää asiakas' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Testi Henkilö' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/clients/c-new');

    const posts = fake.calls('POST', '/clients');
    expect(posts).toHaveLength(2);
    expect(posts[0].headers['x-csrf-token']).toBe('csrf-1');
    expect(posts[1].headers['x-csrf-token']).toBe('csrf-2');
    expect(posts[1].body).toEqual({
      hetu: '010190-900P',
      first_name: 'Testi',
      last_name: 'Henkilö',
      municipality: 'kurikka',
      languages: ['fi'],
      contact: { phone: '040 000 0000' },
      safety_notes: 'Pelkää koiria',
    });
    // the draft is removed once the client exists
    await waitFor(() => expect(fake.calls('DELETE', '/drafts/client-new')).toHaveLength(1));
  });

  it('does not close the dialog on a wrong password', async () => {
    const { state } = serverWithExpiringSession();
    const user = userEvent.setup();
    await renderApp('/clients/new');
    await user.type(await screen.findByLabelText('Etunimi'), 'Testi');
    state.sessionValid = false;
    await user.type(screen.getByLabelText('Sukunimi'), 'Henkilö');
    await user.click(screen.getByRole('button', { name: /Kotikunta/ }));
    await user.click(await screen.findByRole('option', { name: 'Alajärvi' }));
    await user.click(screen.getByRole('button', { name: 'Lisää asiakas' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Salasana'), 'wrong');
    await user.click(within(dialog).getByRole('button', { name: 'Kirjaudu ja jatka' }));
    expect(await within(dialog).findByText('Väärä käyttäjätunnus tai salasana.')).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});
