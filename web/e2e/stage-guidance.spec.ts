// Stage guidance (issue 8), at a phone's 390 × 844 and a desktop's 1366 × 900: the social worker's
// home lists a client awaiting a decision (late after the 3 months of SHL § 45, in text); My
// clients filters by phase with a count per phase, active first; a draft on the home page names its
// form and client and links back to that form; "Review goal" on an overdue goal opens the plan at
// that goal (focus on it, the review form open) with the goal's own level descriptions next to
// each attainment choice. Every record is the test's own (made through the API); the draft is
// removed at the end. axe-core on every page visited.
import { expect, test } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, login, uniqueSuffix } from './helpers';
import { choose, escapeRe } from './path-helpers';
import { clientsShown, phaseCounts } from '../src/features/dashboard/components/dashboard-model';
import type { Dashboard } from '../src/types/api';

function isoDays(offset: number): string {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date()).split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d + offset));
  return date.toISOString().slice(0, 10);
}

/** An API session of the demo social worker (the same user as the page's). */
async function api(request: APIRequestContext) {
  const session = await request.post('/api/v1/session', { data: { username: 'demo-social_worker', password: DEMO_PASSWORD } });
  expect(session.status()).toBe(200);
  const { csrf_token, user } = (await session.json()) as { csrf_token: string; user: { id: string } };
  const headers = { 'X-CSRF-Token': csrf_token };
  const send = async (method: 'post' | 'put' | 'delete', url: string, data?: unknown) => {
    const res = await request[method](`/api/v1${url}`, { headers, data });
    expect(res.status(), `${method} ${url}: ${await res.text()}`).toBeLessThan(300);
    return res.status() === 204 ? null : ((await res.json()) as Record<string, unknown>);
  };
  return { send, me: user };
}

const GAS = {
  '-2': 'Ei lähde kotoa lainkaan',
  '-1': 'Käy kaupassa kerran viikossa',
  '0': 'Käy ryhmässä kerran viikossa',
  '1': 'Käy ryhmässä kahdesti viikossa',
  '2': 'Käy ryhmässä ja harjoittelussa',
};

async function dashboardApi(page: Page): Promise<Dashboard> {
  const res = await page.request.get('/api/v1/dashboard');
  expect(res.status()).toBe(200);
  return (await res.json()) as Dashboard;
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1366, height: 900 },
]) {
  test.describe(`stage guidance at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('awaiting decision, My clients by phase, a named draft and Review goal at the goal', async ({ page, request }) => {
      const sfx = uniqueSuffix();
      const { send, me } = await api(request);
      // A: referred 100 days ago, assessed "needed": awaiting a decision, late.
      const waiting = `Odottaja-${sfx}`;
      const a = (await send('post', '/clients', { first_name: 'Testi', last_name: waiting, municipality: 'alajarvi', languages: ['fi'] })) as { id: string };
      await send('post', `/clients/${a.id}/referrals`, { source: 'self', reason: 'Oma yhteydenotto', received_on: isoDays(-100) });
      await send('post', `/clients/${a.id}/assessments`, { life_areas: [{ area: 'housing', need_level: 'some' }], conclusion: 'needed', completed_on: isoDays(-95) });
      // B: in service, a goal with its own levels whose review date was yesterday.
      const active = `Tavoittelija-${sfx}`;
      const b = (await send('post', '/clients', { first_name: 'Testi', last_name: active, municipality: 'alajarvi', languages: ['fi'] })) as { id: string };
      await send('post', `/clients/${b.id}/decisions`, {
        outcome: 'granted',
        service_forms: ['individual'],
        starts_on: isoDays(-30),
        deadline: isoDays(90),
        key_worker_id: me.id,
        grounds: 'Palvelutarve todettu.',
      });
      const goalText = `Käyn ryhmässä ${sfx}`;
      const goal = (await send('post', `/clients/${b.id}/goals`, { text: goalText, review_on: isoDays(-1), gas_levels: GAS })) as { id: string };
      // A draft of a meeting record for A.
      const draftKey = `meeting:${a.id}`;
      await send('put', `/drafts/${draftKey}`, { data: { note: 'kesken' } });

      try {
        await login(page, 'social_worker');
        const dash = await dashboardApi(page);

        // Awaiting decision: A, late, with the days waited.
        const awaiting = page.getByRole('region', { name: new RegExp(`^Odottaa päätöstä \\(${dash.awaiting_decision.length}\\)$`) });
        const item = awaiting.getByRole('listitem').filter({ hasText: waiting });
        await expect(item).toContainText('Myöhässä');
        await expect(item).toContainText('odottanut 100 päivää');
        await expect(item.getByRole('link', { name: `Testi ${waiting}` })).toHaveAttribute('href', `/clients/${a.id}/documents`);
        // Oldest first: the API's order is the page's.
        const names = dash.awaiting_decision.map((c) => `${c.first_name} ${c.last_name}`);
        await expect(awaiting.getByRole('link')).toHaveText(names);

        // The draft names its form and client and leads to that form.
        const drafts = page.getByRole('region', { name: /^Keskeneräiset luonnokset/ });
        await expect(drafts.getByRole('link', { name: `Tapaamisen kirjaus — Testi ${waiting}` })).toHaveAttribute('href', `/clients/${a.id}/meetings`);
        await expectAccessible(page, `dashboard ${viewport.width}`);

        // My clients: active first by default; filtered by phase with the counts.
        const table = page.getByRole('table', { name: 'Asiakkaani' });
        const rowNames = (list: Dashboard['clients']) => list.map((c) => new RegExp(`^${escapeRe(`${c.first_name} ${c.last_name}`)}`));
        await expect(table.locator('tbody tr th')).toHaveText(rowNames(clientsShown(dash.clients, 'all')));
        const counts = phaseCounts(dash.clients);
        await choose(page, 'Näytä asiakkaat vaiheen mukaan', `Odottaa päätöstä (${counts.decision})`);
        await expect(page).toHaveURL(/[?&]phase=decision/);
        await expect(table.locator('tbody tr')).toHaveCount(counts.decision);
        await expect(table.locator('tbody tr td:nth-child(2)')).toHaveText(Array(counts.decision).fill('Odottaa päätöstä'));
        await expect(table.getByRole('link', { name: `Testi ${waiting}` })).toBeVisible();
        await choose(page, 'Näytä asiakkaat vaiheen mukaan', `Palvelujakso käynnissä (${counts.active})`);
        await expect(table.locator('tbody tr')).toHaveCount(counts.active);
        await expect(table.getByRole('link', { name: `Testi ${active}` })).toBeVisible();
        await expectAccessible(page, `dashboard filtered ${viewport.width}`);

        // Review goal: the overdue goal is marked in text, and the link opens the plan at it.
        const goals = page.getByRole('region', { name: /^Tavoitteita arvioitavana/ });
        const due = goals.getByRole('listitem').filter({ hasText: goalText });
        await expect(due).toContainText('Arviointi myöhässä');
        await due.getByRole('link', { name: `Arvioi tavoite (Testi ${active})` }).click();
        await expect(page).toHaveURL(new RegExp(`/clients/${b.id}/plan\\?goal=${goal.id}$`));
        const card = page.getByTestId(`goal-card-${goal.id}`);
        await expect(card.getByRole('heading', { level: 3 })).toBeFocused();
        await expect(card).toContainText('Arviointi myöhässä');
        const choices = card.locator('fieldset').filter({ has: page.getByRole('radio') });
        await expect(choices.getByRole('radio')).toHaveCount(5);
        for (const text of Object.values(GAS)) await expect(choices).toContainText(text);
        await expectAccessible(page, `plan at a goal ${viewport.width}`);
      } finally {
        await send('delete', `/drafts/${draftKey}`);
      }
    });
  });
}
