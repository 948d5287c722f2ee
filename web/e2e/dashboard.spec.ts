// The key worker's home and the rules around the client's path: the demo counsellor's week,
// clients in several phases and warnings; a counsellor cannot make a decision (the UI offers no
// form and the API answers 403); a meeting being typed is autosaved, listed as an unfinished draft
// on the home page and restored from there, and survives an expired session; the admin edits the
// appeal-instruction template. axe-core on every page.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, createClient, expectAccessible, login, uniqueSuffix } from './helpers';
import type { Dashboard } from '../src/types/api';
import { clientsShown } from '../src/features/dashboard/components/dashboard-model';

/** Opens, from the dashboard, a client of the counsellor in intensified work ("Työskentely"). */
async function openWorkingClient(page: Page): Promise<string> {
  const table = page.getByRole('table', { name: 'Asiakkaani' });
  const row = table.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Työskentely', exact: true }) }).first();
  const link = row.getByRole('link');
  const name = (await link.textContent()) ?? '';
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return new URL(page.url()).pathname;
}

test('the counsellor sees their week, clients in several phases and warnings', async ({ page }) => {
  await login(page, 'social_counsellor');
  await expect(page.getByRole('heading', { level: 2, name: /^Viikkoni / })).toBeVisible();
  const week = page.locator('ol.week > li');
  await expect(week).toHaveCount(7);
  await expect(page.locator('.week__day--today')).toContainText('tänään');
  // meetings this week, with the client's name and mode
  await expect(page.locator('ol.week a').first()).toBeVisible();

  const table = page.getByRole('table', { name: 'Asiakkaani' });
  await expect(table).toBeVisible();
  const phases = new Set((await table.locator('tbody tr td:nth-child(2)').allTextContents()).map((s) => s.trim()));
  for (const phase of ['Yhteydenotto', 'Arviointi', 'Aloitus', 'Työskentely', 'Lopetus']) expect(phases).toContain(phase);

  // The numbers and names on the page are the API's: GET /dashboard of the same session (the page's
  // cookies; the tests run one at a time, so nothing changes the data in between).
  const res = await page.request.get('/api/v1/dashboard');
  expect(res.status()).toBe(200);
  const api = (await res.json()) as Dashboard;
  const warnings: [string, number][] = [
    ['Määräaika päättyy 14 päivän sisällä', api.deadlines.length],
    ['Ei yhteyttä 7 päivään', api.no_contact.length],
    ['Tavoitteita arvioitavana', api.goals_due.length],
    ['Keskeneräiset luonnokset', api.drafts.length],
  ];
  for (const [w, n] of warnings) {
    await expect(page.getByRole('heading', { level: 3, name: `${w} (${n})`, exact: true })).toBeVisible();
  }
  // the demo data puts somebody in each warning but the drafts (those are the user's own)
  expect(api.deadlines.length).toBeGreaterThan(0);
  expect(api.no_contact.length).toBeGreaterThan(0);
  expect(api.goals_due.length).toBeGreaterThan(0);
  const name = (c: { first_name: string; last_name: string }) => `${c.first_name} ${c.last_name}`;
  const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect(page.getByRole('region', { name: /^Määräaika päättyy 14 päivän sisällä/ }).getByRole('link')).toHaveText(api.deadlines.map(name));
  await expect(page.getByRole('region', { name: /^Ei yhteyttä 7 päivään/ }).getByRole('link')).toHaveText(api.no_contact.map(name));
  // my clients: exactly the API's, active first (dashboard-model clientsShown); the week: exactly its meetings
  await expect(table.locator('tbody tr th')).toHaveText(clientsShown(api.clients, 'all').map((c) => new RegExp(`^${escaped(name(c))}( \\(|$)`)));
  await expect(page.locator('ol.week a')).toHaveText(api.week.meetings.map(name));
  await expectAccessible(page, 'dashboard (counsellor)');

  // in Swedish too
  await page.getByRole('button', { name: /Suomeksi \(FI\)/ }).click();
  await page.getByRole('menuitem', { name: 'På svenska (SV)' }).click();
  await expect(page.getByRole('table', { name: 'Mina klienter' })).toBeVisible();
  await expectAccessible(page, 'dashboard (counsellor, sv)');
  await page.getByRole('button', { name: /På svenska \(SV\)/ }).click();
  await page.getByRole('menuitem', { name: 'Suomeksi (FI)' }).click();
});

test('a counsellor cannot make a decision: no form, and the API refuses with 403', async ({ page, request }) => {
  await login(page, 'social_counsellor');
  const clientPath = await openWorkingClient(page);
  await page.getByRole('navigation', { name: 'Asiakkaan välilehdet' }).getByRole('link', { name: 'Asiakirjat' }).click();
  await expect(page.getByText('Päätöksen tekee sosiaalityöntekijä. Sinulla ei ole päätösvaltaa.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tee päätös' })).toHaveCount(0);
  await expectAccessible(page, 'documents (counsellor)');

  // forcing it past the UI (a separate API session of the same user)
  const session = await request.post('/api/v1/session', { data: { username: 'demo-social_counsellor', password: DEMO_PASSWORD } });
  const { csrf_token } = (await session.json()) as { csrf_token: string };
  const res = await request.post(`/api/v1${clientPath}/decisions`, {
    headers: { 'X-CSRF-Token': csrf_token },
    data: { outcome: 'denied', grounds: 'Kokeilu', language: 'fi' },
  });
  expect(res.status()).toBe(403);
});

test('a meeting being typed is an unfinished draft on the home page and is restored from there', async ({ page }) => {
  await login(page, 'social_counsellor');
  const clientPath = await openWorkingClient(page);
  await page.getByRole('link', { name: 'Kirjaa tapaaminen' }).click();
  const form = page.getByRole('region', { name: 'Kirjaa tapaaminen' });
  const discard = form.getByRole('button', { name: 'Tyhjennä lomake' });
  if (await discard.isVisible()) await discard.click();
  await form.getByLabel(/^Lyhyt muistiinpano/).fill('Luonnos kesken: puhuttiin asumisesta.');
  await expect(form.getByText(/^Luonnos tallennettu klo/)).toBeVisible();

  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Etusivu' }).click();
  const drafts = page.getByRole('region', { name: /^Keskeneräiset luonnokset/ });
  await drafts.getByRole('link', { name: /^Tapaamisen kirjaus/ }).first().click();
  await expect(page).toHaveURL(new RegExp(`${clientPath}/meetings$`));
  const restored = page.getByRole('region', { name: 'Kirjaa tapaaminen' });
  await expect(restored.getByText('Luonnos palautettu')).toBeVisible();
  await expect(restored.getByLabel(/^Lyhyt muistiinpano/)).toHaveValue('Luonnos kesken: puhuttiin asumisesta.');
  await expectAccessible(page, 'meeting form with a restored draft');
  await restored.getByRole('button', { name: 'Tyhjennä lomake' }).click();
  await expect(restored.getByLabel(/^Lyhyt muistiinpano/)).toHaveValue('');
});

test('a meeting form keeps its values over an expired session and then saves', async ({ page, context }) => {
  await login(page, 'social_counsellor');
  await openWorkingClient(page);
  await page.getByRole('link', { name: 'Kirjaa tapaaminen' }).click();
  const form = page.getByRole('region', { name: 'Kirjaa tapaaminen' });
  const discard = form.getByRole('button', { name: 'Tyhjennä lomake' });
  if (await discard.isVisible()) await discard.click();
  const note = `Istunto vanheni kesken ${Date.now()}`;
  await form.getByLabel(/^Lyhyt muistiinpano/).fill(note);
  await form.getByLabel(/^Välitehtävät/).fill('Soita TE-toimistoon');

  await context.clearCookies();
  await form.getByRole('button', { name: 'Tallenna tapaaminen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Istuntosi on vanhentunut — kirjaudu uudelleen' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Salasana').fill(DEMO_PASSWORD);
  await dialog.getByRole('button', { name: 'Kirjaudu ja jatka' }).click();
  await expect(dialog).toBeHidden();
  await expect(form.getByLabel(/^Lyhyt muistiinpano/)).toHaveValue(note);
  await expect(form.getByLabel(/^Välitehtävät/)).toHaveValue('Soita TE-toimistoon');

  await form.getByRole('button', { name: 'Tallenna tapaaminen' }).click();
  await expect(form.getByText('Tapaaminen tallennettu.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Tapaamiset' }).getByText(note)).toBeVisible();
});

test('the admin edits the appeal instructions that decisions are prefilled with', async ({ page, browser }) => {
  await login(page, 'admin');
  await page.goto('/admin/appeal-instructions');
  await expect(page.getByRole('heading', { level: 1, name: 'Muutoksenhakuohje' })).toBeVisible();
  const fi = page.getByLabel('Muutoksenhakuohje suomeksi');
  await expect(fi).toHaveValue(/oikaisua/);
  await expectAccessible(page, 'admin appeal instructions');
  const original = await fi.inputValue();
  const marker = `Lisätieto e2e ${uniqueSuffix()}.`;
  // The page has two forms (the appeal instructions and the authority's contact): save this one.
  const save = page.locator('form').filter({ has: fi }).getByRole('button', { name: 'Tallenna' });
  await fi.fill(`${original}\n${marker}`);
  await save.click();
  await expect(page.getByText('Muutoksenhakuohje tallennettu.')).toBeVisible();

  // A social worker's new decision is prefilled with the edited text (in Finnish, the client's
  // language), not with what was there before.
  const worker = await browser.newPage();
  try {
    await login(worker, 'social_worker');
    const clientPath = await createClient(worker);
    await worker.goto(`${clientPath}/documents`);
    const decision = worker.getByRole('region', { name: 'Päätökset' });
    await expect(decision.getByLabel(/^Muutoksenhakuohje/)).toHaveValue(`${original}\n${marker}`);
  } finally {
    await worker.close();
    // Put the county's text back for the other tests.
    await fi.fill(original);
    await save.click();
    await expect(page.getByText('Muutoksenhakuohje tallennettu.')).toBeVisible();
  }
});
