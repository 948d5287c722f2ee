// The path's forms in the real app: a decision refused by the server (403) says so; a meeting
// draft saved on the server is restored into the form, sent as the API wants and then deleted;
// a counsellor is offered no decision form at all. Through the form kit (goal form): a 422's
// errors land at their fields (`gas_levels.-2` too) and in the summary in page order; a stale
// version is explained; a draft whose read failed with 401 does not hide the form and is restored
// once the session is back. A client without an open period: the meetings tab says so, points to
// the decision step and shows the form only when the worker asks for it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeApi, makeMe, problem } from '../../test/fake-api';
import { renderApp } from '../../test/render';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppProviders, createQueryClient } from '../../app/providers';
import { DecisionForm } from './components/DecisionForm';
import { GoalForm } from './components/GoalForm';
import { emptyGoal } from './components/path-models';
import { api as apiClient } from '../../lib/api-client';
import type { ReactNode } from 'react';
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

const OPEN_PERIOD = { id: 'p1', status: 'open' };

function server(roles: Role[], periods: object[] = []) {
  return new FakeApi()
    .on('GET', '/me', { status: 200, body: { user: makeMe(roles), csrf_token: 't' } })
    .on('GET', '/clients/c1', { status: 200, body: CLIENT })
    .on('GET', '/clients/c1/periods', { status: 200, body: { items: periods, next_cursor: null } })
    .on('GET', /^\/clients\/c1\/(referrals|assessments|decisions|meetings|network)$/, EMPTY)
    .on('GET', '/clients/c1/plan', { status: 200, body: { client: CLIENT, period: null, goals: [], next_reviews: [] } })
    .on('GET', '/county-texts/appeal_instructions', { status: 200, body: { key: 'appeal_instructions', fi: 'Oikaisuohje', sv: 'Omprövningsanvisning' } })
    .on('GET', '/workers', { status: 200, body: { items: [{ id: 'w1', display_name: 'Olli Ohjaaja', username: 'demo-social_counsellor' }] } })
    .on('GET', /^\/drafts\//, { status: 404, body: problem(404, 'Not Found') })
    .on('PUT', /^\/drafts\//, { status: 204 })
    .on('DELETE', /^\/drafts\//, { status: 204 })
    .install();
}

async function showAlone(ui: ReactNode) {
  apiClient.endSession();
  await i18n.changeLanguage('fi');
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  render(
    <AppProviders queryClient={queryClient}>
      <MemoryRouter>{ui}</MemoryRouter>
    </AppProviders>,
    { container: document.getElementById('root') ?? undefined },
  );
  return queryClient;
}

function newGoalForm() {
  return (
    <GoalForm prefix="goal-new" draftKey="goal:c1" initial={emptyGoal()} submitLabel="Lisää tavoite" onSubmit={(input) => apiClient.post('/clients/c1/goals', input)} />
  );
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
    // "Continue" opens the confirmation step (focused, saying what happens); only "Confirm" sends.
    await user.click(screen.getByRole('button', { name: 'Jatka tarkistamaan' }));
    const step = await screen.findByRole('heading', { name: 'Tarkista ja vahvista päätös' });
    expect(step).toHaveFocus();
    expect(screen.getByText(/Kielteinen päätös tallennetaan, eikä sitä voi enää muokata/)).toBeInTheDocument();
    expect(api.calls('POST', '/clients/c1/decisions')).toHaveLength(0);
    // Back to editing: nothing sent, no error, the form again.
    await user.click(screen.getByRole('button', { name: 'Palaa muokkaamaan' }));
    expect(screen.queryByRole('heading', { name: 'Tarkista ja vahvista päätös' })).toBeNull();
    expect(api.calls('POST', '/clients/c1/decisions')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Jatka tarkistamaan' }));
    await user.click(await screen.findByRole('button', { name: 'Vahvista ja tallenna päätös' }));
    expect(await screen.findByText('Sinulla ei ole oikeutta tähän toimintoon.')).toBeInTheDocument();
    expect(api.calls('POST', '/clients/c1/decisions')[0].body).toMatchObject({
      outcome: 'denied',
      grounds: 'Ei tarvetta',
      language: 'sv',
      appeal_instructions: 'Omprövningsanvisning',
      notice_method: 'mail',
    });
  });

  it('offers a counsellor no decision form', async () => {
    server(['social_counsellor']);
    await renderApp('/clients/c1/documents');
    expect(await screen.findByText('Päätöksen tekee sosiaalityöntekijä. Sinulla ei ole päätösvaltaa.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Jatka tarkistamaan' })).toBeNull();
  });

  it('restores a meeting draft, sends it and deletes the draft', async () => {
    const api = server(['social_counsellor'], [OPEN_PERIOD])
      .on('GET', '/drafts/meeting%3Ac1', {
        status: 200,
        body: { data: { held_on: '20.11.2026', minutes: '30', mode: 'phone', note: 'kesken jäi', tasks: 'Soita Kelaan', contents: ['errands'] }, updated_at: '2026-11-24T10:00:00Z' },
      })
      .on('POST', '/clients/c1/meetings', (req) => ({ status: 201, body: { id: 'm1', period_id: 'p1', same_day: [], version: 1, corrected: false, ...(req.body as object) } }));
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

  it('says when the client has no open service period and shows the meeting form only on request', async () => {
    server(['social_counsellor']);
    const user = userEvent.setup();
    await renderApp('/clients/c1/meetings');
    expect(await screen.findByText('Asiakkaalla ei ole avointa palvelujaksoa')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Siirry päätösvaiheeseen (Asiakirjat)' })).toHaveAttribute('href', '/clients/c1/documents#doc-decision');
    expect(screen.queryByRole('button', { name: 'Tallenna tapaaminen' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Kirjaa arviointityön tapaaminen' }));
    expect(await screen.findByRole('button', { name: 'Tallenna tapaaminen' })).toBeInTheDocument();
    expect(screen.getByText(/kirjataan arviointityönä/)).toBeInTheDocument();
  });

  it('shows the client header with tabs marked aria-current', async () => {
    server(['social_counsellor']);
    await renderApp('/clients/c1/meetings');
    const tabs = await screen.findByRole('navigation', { name: 'Asiakkaan välilehdet' });
    expect(tabs.querySelector('[aria-current="page"]')?.textContent).toBe('Tapaamiset');
    expect(screen.getByRole('link', { name: 'Kirjaa tapaaminen' })).toHaveAttribute('href', '/clients/c1/meetings');
  });

  it('puts a 422 on a goal at its fields and in the summary in page order, keeping the values and the draft', async () => {
    const api = server(['social_worker']).on('POST', '/clients/c1/goals', {
      status: 422,
      body: problem(422, 'Invalid', {
        errors: [
          { field: 'gas_levels.-2', message: 'Taso on liian pitkä.' },
          { field: 'text', message: 'Tavoite on liian pitkä.' },
        ],
      }),
    });
    const user = userEvent.setup();
    await showAlone(newGoalForm());
    await user.type(await screen.findByLabelText(/^Tavoite asiakkaan omin sanoin/), 'Käyn kaupassa');
    await user.click(screen.getByRole('button', { name: 'Lisää tavoite' }));

    const heading = await screen.findByRole('heading', { name: /Lomakkeessa on 2 virhettä/ });
    await waitFor(() => expect(heading).toHaveFocus());
    const links = within(heading.closest('div')!.parentElement!).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Tavoite asiakkaan omin sanoin: Tavoite on liian pitkä.',
      'Taso −2 (paljon odotettua huonompi): Taso on liian pitkä.',
    ]);
    expect(links[1]).toHaveAttribute('href', 'goal-new-gas_levels-neg2');
    expect(screen.getByLabelText(/^Taso −2/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^Taso −1/)).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^Tavoite asiakkaan omin sanoin/)).toHaveValue('Käyn kaupassa');
    expect(api.calls('DELETE', '/drafts/goal%3Ac1')).toHaveLength(0);
  });

  it('explains a stale version when a goal edit lost the race', async () => {
    server(['social_worker']).on('PATCH', '/goals/g1', { status: 409, body: { ...problem(409, 'Conflict'), type: '/problems/stale-version' } });
    const user = userEvent.setup();
    await showAlone(
      <GoalForm
        prefix="goal-edit-g1"
        draftKey="goal-edit:c1:g1"
        initial={{ ...emptyGoal(), text: 'Vanha tavoite' }}
        submitLabel="Tallenna uusi versio"
        onSubmit={(input) => apiClient.patch('/goals/g1', { ...input, version: 1 })}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Tallenna uusi versio' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Joku muu on muuttanut tietoa sillä välin.');
    expect(screen.getByLabelText(/^Tavoite asiakkaan omin sanoin/)).toHaveValue('Vanha tavoite');
  });

  it('shows a goal form at once when its draft read failed with 401, and restores the draft after the re-login', async () => {
    const state = { valid: false };
    server(['social_worker']).on('GET', '/drafts/goal%3Ac1', () =>
      state.valid
        ? { status: 200, body: { key: 'goal:c1', data: { text: 'Luonnostavoite', means: 'Bussilla' }, updated_at: '2026-11-24T10:03:00Z' } }
        : { status: 401, body: problem(401, 'Unauthorized') },
    );
    const queryClient = await showAlone(newGoalForm());
    // the form is there (not hidden until the re-login), empty, with no "could not be read" warning
    expect(await screen.findByLabelText(/^Tavoite asiakkaan omin sanoin/)).toHaveValue('');
    expect(screen.queryByText('Tallennettua luonnosta ei voitu ladata.')).toBeNull();
    state.valid = true;
    await act(() => queryClient.refetchQueries({ predicate: (q) => q.state.status === 'error' }));
    await waitFor(() => expect(screen.getByLabelText(/^Tavoite asiakkaan omin sanoin/)).toHaveValue('Luonnostavoite'));
    expect(screen.getByLabelText(/^Keinot/)).toHaveValue('Bussilla');
    expect(screen.getByText('Luonnos palautettu')).toBeInTheDocument();
  });
});
