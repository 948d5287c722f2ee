// The client page's refusals and conflicts, and the new-client form's server errors and draft.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeApi, makeMe, problem } from '../../test/fake-api';
import { renderApp } from '../../test/render';
import type { Client, Role } from '../../types/api';

const CLIENT: Client = {
  id: 'c1',
  hetu: '010190-900P',
  birth_date: '1990-01-01',
  first_name: 'Testi',
  last_name: 'Henkilö',
  municipality: { code: 'kurikka', name: 'Kurikka' },
  languages: ['fi', 'sv'],
  contact: { phone: '040 000 0000', email: null, address: null },
  safety_notes: 'Pelkää koiria',
  unit: { id: 'u1', name: 'Kurikan sote-keskus' },
  version: 2,
  created_at: '2026-11-24T12:00:00Z',
  updated_at: '2026-11-24T12:00:00Z',
  relationship: 'case_worker',
};

function server(roles: Role[] = ['social_worker']) {
  return new FakeApi()
    .on('GET', '/me', { status: 200, body: { user: makeMe(roles), csrf_token: 't' } })
    .on('GET', '/counties/etela-pohjanmaa/municipalities', {
      status: 200,
      body: { items: [{ code: 'kurikka', name: 'Kurikka' }] },
    })
    .install();
}

describe('client page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the client with the relationship that grants access', async () => {
    server().on('GET', '/clients/c1', { status: 200, body: CLIENT });
    await renderApp('/clients/c1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Testi Henkilö' })).toBeInTheDocument();
    // the overview tab is its own lazily loaded route under the client page
    expect(await screen.findByText('010190-900P')).toBeInTheDocument();
    expect(screen.getByText('suomi, ruotsi')).toBeInTheDocument();
    expect(screen.getByText('Asiakastyön tekijä')).toBeInTheDocument();
    expect(screen.getByText('Pelkää koiria')).toBeInTheDocument();
    expect(document.title).toBe('Testi Henkilö – soku');
  });

  it('says so when safety notes are withheld from the viewer', async () => {
    server(['manager']).on('GET', '/clients/c1', { status: 200, body: { ...CLIENT, safety_notes: null } });
    await renderApp('/clients/c1');
    expect(await screen.findByText(/Turvallisuushuomiot eivät näy sinulle/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Muokkaa tietoja' })).toBeNull();
  });

  it('on 404 lets a worker record a reason, then shows the client', async () => {
    let granted = false;
    const api = server()
      .on('GET', '/clients/c1', () =>
        granted
          ? { status: 200, body: { ...CLIENT, relationship: 'unit_member_with_reason' } }
          : { status: 404, body: problem(404, 'Not found') },
      )
      .on('POST', '/clients/c1/access-reasons', () => {
        granted = true;
        return { status: 201, body: { expires_at: '2026-11-24T20:00:00Z' } };
      });
    const user = userEvent.setup();
    await renderApp('/clients/c1');
    expect(await screen.findByText('Asiakasta ei löytynyt tai sinulla ei ole asiakassuhdetta.')).toBeInTheDocument();
    expect(screen.getByText(/näkyy lokivalvonnalle/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Kirjaa peruste ja avaa tiedot' }));
    expect(await screen.findByText('Pakollinen tieto puuttuu.')).toBeInTheDocument();
    expect(api.calls('POST', '/clients/c1/access-reasons')).toHaveLength(0);

    await user.type(screen.getByLabelText(/^Peruste/), 'Päivystys');
    await user.click(screen.getByRole('button', { name: 'Kirjaa peruste ja avaa tiedot' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Testi Henkilö' })).toBeInTheDocument();
    expect(api.calls('POST', '/clients/c1/access-reasons')[0].body).toEqual({ reason: 'Päivystys' });
    expect(screen.getByText('Yksikön työntekijä, kirjattu peruste')).toBeInTheDocument();
  });

  it('on 404 offers no reason form to a role that is not a worker', async () => {
    server(['experience_expert']).on('GET', '/clients/c1', { status: 404, body: problem(404, 'Not found') });
    await renderApp('/clients/c1');
    expect(await screen.findByText('Asiakasta ei löytynyt tai sinulla ei ole asiakassuhdetta.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Kirjaa peruste/ })).toBeNull();
  });

  it('sends the version it read and explains a stale-version conflict', async () => {
    let version = 2;
    const api = server()
      .on('GET', '/clients/c1', () => ({ status: 200, body: { ...CLIENT, version } }))
      .on('PATCH', '/clients/c1', (req) =>
        (req.body as { version: number }).version === version
          ? { status: 200, body: { ...CLIENT, ...(req.body as object), version: version + 1 } }
          : { status: 409, body: { ...problem(409, 'Conflict'), type: '/problems/stale-version' } },
      );
    const user = userEvent.setup();
    await renderApp('/clients/c1');
    await user.click(await screen.findByRole('button', { name: 'Muokkaa tietoja' }));
    version = 3; // someone else saves meanwhile
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByText(/Joku muu on muuttanut asiakkaan tietoja/)).toBeInTheDocument();
    expect((api.calls('PATCH', '/clients/c1')[0].body as { version: number }).version).toBe(2);

    await user.click(screen.getByRole('button', { name: 'Lataa tiedot uudelleen' }));
    await waitFor(() => expect(screen.queryByText(/Joku muu on muuttanut/)).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByText('Muutokset tallennettu.')).toBeInTheDocument();
    expect((api.calls('PATCH', '/clients/c1')[1].body as { version: number }).version).toBe(3);
  });
});

describe('new client form', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('restores a saved draft, autosaves changes and shows server errors at the fields', async () => {
    const api = server()
      .on('GET', '/drafts/client-new', {
        status: 200,
        body: { data: { first_name: 'Luonnos', last_name: 'Henkilö', municipality: 'kurikka' }, updated_at: '2026-11-24T10:00:00Z' },
      })
      .on('PUT', '/drafts/client-new', { status: 204 })
      .on('POST', '/clients', {
        status: 422,
        body: problem(422, 'Invalid fields', {
          errors: [
            { field: 'first_name', message: 'is too long' },
            { field: 'contact.phone', message: 'is not a phone number' },
          ],
        }),
      });
    const user = userEvent.setup();
    await renderApp('/clients/new');
    expect(await screen.findByText('Luonnos palautettu')).toBeInTheDocument();
    expect(screen.getByLabelText('Etunimi')).toHaveValue('Luonnos');
    expect(api.calls('PUT', '/drafts/client-new')).toHaveLength(0); // restoring is not a change

    await user.click(screen.getByLabelText(/^Puhelinnumero/));
    await user.paste('abc');
    await waitFor(() => expect(api.calls('PUT', '/drafts/client-new')).toHaveLength(1), { timeout: 4000 });
    expect(api.calls('PUT', '/drafts/client-new')[0].body).toMatchObject({
      data: { first_name: 'Luonnos', phone: 'abc' },
    });
    expect(api.calls('PUT', '/drafts/client-new')[0].headers['x-csrf-token']).toBe('t');

    await user.click(screen.getByRole('button', { name: 'Lisää asiakas' }));
    const firstName = screen.getByLabelText('Etunimi');
    await waitFor(() => expect(firstName).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getAllByText('is too long').length).toBeGreaterThan(0);
    expect(screen.getByLabelText(/^Puhelinnumero/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('heading', { name: 'Lomakkeessa on 2 virhettä' })).toBeInTheDocument();
  });

  it('shows a duplicate identity code at the identity code field', async () => {
    server()
      .on('GET', '/drafts/client-new', { status: 204 })
      .on('PUT', '/drafts/client-new', { status: 204 })
      .on('POST', '/clients', { status: 409, body: { ...problem(409, 'Conflict'), type: '/problems/duplicate-hetu' } });
    const user = userEvent.setup();
    await renderApp('/clients/new');
    await user.click(await screen.findByLabelText(/^Henkilötunnus/));
    await user.paste('010190-900P');
    await user.click(screen.getByLabelText('Etunimi'));
    await user.paste('Testi');
    await user.click(screen.getByLabelText('Sukunimi'));
    await user.paste('Henkilö');
    await user.click(screen.getByRole('button', { name: /Kotikunta/ }));
    await user.click(await screen.findByRole('option', { name: 'Kurikka' }));
    await user.click(screen.getByRole('button', { name: 'Lisää asiakas' }));
    await waitFor(() => expect(screen.getByLabelText(/^Henkilötunnus/)).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getAllByText(/Asiakas tällä henkilötunnuksella on jo rekisterissä/).length).toBeGreaterThan(0);
  });
});
