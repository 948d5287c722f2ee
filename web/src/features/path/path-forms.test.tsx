// The path's forms in the real app: a decision refused by the server (403) says so; a meeting
// draft saved on the server is restored into the form, sent as the API wants and then deleted;
// a counsellor is offered no decision form at all.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeApi, makeMe, problem } from '../../test/fake-api';
import { renderApp } from '../../test/render';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppProviders, createQueryClient } from '../../app/providers';
import { DecisionForm } from './components/DecisionForm';
import i18n from '../../i18n';
import type { Client, Role } from '../../types/api';

const CLIENT: Client = {
  id: 'c1',
  hetu: '010190-900P',
  birth_date: '1990-01-01',
  first_name: 'Testi',
  last_name: 'Henkilö',
  municipality: { code: 'kurikka', name: 'Kurikka' },
  languages: ['sv'],
  contact: { phone: null, email: null, address: null },
  safety_notes: '',
  unit: null,
  version: 1,
  created_at: '2026-11-24T12:00:00Z',
  updated_at: '2026-11-24T12:00:00Z',
  relationship: 'case_worker',
};
const EMPTY = { status: 200, body: { items: [], next_cursor: null } };

function server(roles: Role[]) {
  return new FakeApi()
    .on('GET', '/me', { status: 200, body: { user: makeMe(roles), csrf_token: 't' } })
    .on('GET', '/clients/c1', { status: 200, body: CLIENT })
    .on('GET', /^\/clients\/c1\/(periods|referrals|assessments|decisions|meetings|network)$/, EMPTY)
    .on('GET', '/clients/c1/plan', { status: 200, body: { client: CLIENT, period: null, goals: [], next_reviews: [] } })
    .on('GET', '/county-texts/appeal_instructions', { status: 200, body: { key: 'appeal_instructions', fi: 'Oikaisuohje', sv: 'Omprövningsanvisning' } })
    .on('GET', '/workers', { status: 200, body: { items: [{ id: 'w1', display_name: 'Olli Ohjaaja', username: 'demo-social_counsellor' }] } })
    .on('GET', /^\/drafts\//, { status: 404, body: problem(404, 'Not Found') })
    .on('PUT', /^\/drafts\//, { status: 204 })
    .on('DELETE', /^\/drafts\//, { status: 204 })
    .install();
}

describe('path forms', () => {
  afterEach(() => vi.unstubAllGlobals());
  vi.setConfig({ testTimeout: 60_000 });

  it('prefills the appeal instructions in the client\'s language and shows a 403 as such', async () => {
    const api = server(['social_worker']).on('POST', '/clients/c1/decisions', { status: 403, body: problem(403, 'Forbidden') });
    const user = userEvent.setup();
    await i18n.changeLanguage('fi');
    // the form alone (the whole documents tab is slow to render in jsdom)
    render(
      <AppProviders queryClient={createQueryClient()}>
        <MemoryRouter>
          <DecisionForm clientId="c1" language="sv" onDecided={() => undefined} />
        </MemoryRouter>
      </AppProviders>,
      { container: document.getElementById('root') ?? undefined },
    );
    const appeal = await screen.findByLabelText(/^Muutoksenhakuohje/);
    expect(appeal).toHaveValue('Omprövningsanvisning');
    await user.click(screen.getByRole('radio', { name: 'Kielteinen' }));
    await user.type(screen.getByLabelText(/^Perustelut/), 'Ei tarvetta');
    await user.click(screen.getByRole('button', { name: 'Tee päätös' }));
    expect(await screen.findByText('Sinulla ei ole oikeutta tähän toimintoon.')).toBeInTheDocument();
    expect(api.calls('POST', '/clients/c1/decisions')[0].body).toEqual({
      outcome: 'denied',
      grounds: 'Ei tarvetta',
      language: 'sv',
      appeal_instructions: 'Omprövningsanvisning',
    });
  });

  it('offers a counsellor no decision form', async () => {
    server(['social_counsellor']);
    await renderApp('/clients/c1/documents');
    expect(await screen.findByText('Päätöksen tekee sosiaalityöntekijä. Sinulla ei ole päätösvaltaa.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tee päätös' })).toBeNull();
  });

  it('restores a meeting draft, sends it and deletes the draft', async () => {
    const api = server(['social_counsellor'])
      .on('GET', '/drafts/meeting%3Ac1', {
        status: 200,
        body: { data: { held_on: '20.11.2026', minutes: '30', mode: 'phone', note: 'kesken jäi', tasks: 'Soita Kelaan', contents: ['errands'] }, updated_at: '2026-11-24T10:00:00Z' },
      })
      .on('POST', '/clients/c1/meetings', (req) => ({ status: 201, body: { id: 'm1', ...(req.body as object) } }));
    const user = userEvent.setup();
    await renderApp('/clients/c1/meetings');
    expect(await screen.findByText('Luonnos palautettu')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Lyhyt muistiinpano/)).toHaveValue('kesken jäi');
    expect(screen.getByRole('checkbox', { name: 'Asioinnissa avustaminen' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Tallenna tapaaminen' }));
    expect(await screen.findByText('Tapaaminen tallennettu.')).toBeInTheDocument();
    expect(api.calls('POST', '/clients/c1/meetings')[0].body).toEqual({
      held_on: '2026-11-20',
      minutes: 30,
      mode: 'phone',
      contents: ['errands'],
      statutory_item: 'coaching',
      tasks: ['Soita Kelaan'],
      note: 'kesken jäi',
      kind: 'individual',
      participants: [],
    });
    await waitFor(() => expect(api.calls('DELETE', '/drafts/meeting%3Ac1')).toHaveLength(1));
    expect(screen.getByLabelText(/^Lyhyt muistiinpano/)).toHaveValue('');
  });

  it('shows the client header with tabs marked aria-current', async () => {
    server(['social_counsellor']);
    await renderApp('/clients/c1/meetings');
    const tabs = await screen.findByRole('navigation', { name: 'Asiakkaan välilehdet' });
    expect(tabs.querySelector('[aria-current="page"]')?.textContent).toBe('Tapaamiset');
    expect(screen.getByRole('link', { name: 'Kirjaa tapaaminen' })).toHaveAttribute('href', '/clients/c1/meetings');
  });
});
