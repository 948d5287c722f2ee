// Issue 8, items 7–9, at a phone (390 × 844) and a desktop (1366 × 900) size:
// - the login page asks no GET /api/v1/me (asserted on the network), and a reload after login
//   still knows the user;
// - the manager opens the caseload view from their home page, filters it by phase and by key
//   worker, and sees the county's Swedish name in Swedish;
// - the auditor finds a client by identity code (sent in a POST body, in no URL) and reads that
//   client's access log with resource types in words;
// - axe-core on every page visited.
// Read-only for the demo data except one fictional client per viewport (made by the social worker).
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import {
  chooseMunicipality,
  expectAccessible,
  login,
  maskedHetu,
  openNewClientForm,
  submitWithFreshHetu,
  tick,
  uniqueSuffix,
} from './helpers';

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1366, height: 900 },
];

async function logOut(page: Page): Promise<void> {
  await page.context().clearCookies();
  await page.evaluate(() => localStorage.clear());
}

/** Registers a fictional client as the social worker; returns its identity code and last name. */
async function clientWithCode(page: Page): Promise<{ hetu: string; lastName: string }> {
  await login(page, 'social_worker');
  const lastName = `Loki-${uniqueSuffix()}`;
  await openNewClientForm(page);
  await page.getByLabel('Etunimi').fill('Testi');
  await page.getByLabel('Sukunimi').fill(lastName);
  await chooseMunicipality(page, 'Evijärvi');
  await tick(page, 'suomi');
  const hetu = await submitWithFreshHetu(page);
  await expect(page.getByRole('heading', { level: 1, name: `Testi ${lastName}` })).toBeVisible();
  await logOut(page);
  return { hetu, lastName };
}

for (const vp of VIEWPORTS) {
  test.describe(`${vp.name} ${vp.width}×${vp.height}`, () => {
    test.use({ viewport: { width: vp.width, height: vp.height } });

    test('the login page asks nobody about /me, and a reload after login still knows the user', async ({ page }) => {
      const meRequests: string[] = [];
      page.on('request', (r) => {
        if (new URL(r.url()).pathname === '/api/v1/me') meRequests.push(r.url());
      });
      await page.goto('/login');
      await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(meRequests).toEqual([]);
      await expectAccessible(page, `login page (${vp.name})`);

      await login(page, 'manager');
      expect(meRequests).toEqual([]);
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Tervetuloa/);
      expect(meRequests).toHaveLength(1);
    });

    test('the manager opens the caseload view and filters it', async ({ page }) => {
      await login(page, 'manager');
      await expectAccessible(page, `manager home (${vp.name})`);
      await page.getByRole('main').getByRole('link', { name: 'Asiakastilanne' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Yksiköiden asiakastilanne' })).toBeVisible();
      const summary = page.getByRole('table', { name: 'Asiakkaat omatyöntekijöittäin ja vaiheittain' });
      const clients = page.getByRole('table', { name: 'Asiakkaat', exact: true });
      await expect(summary).toBeVisible();
      await expect(clients).toBeVisible();
      // The names are not links: a manager opens no record.
      await expect(clients.getByRole('link')).toHaveCount(0);
      await expectAccessible(page, `caseload (${vp.name})`);

      // Filter by phase: every client shown is in that phase.
      const phaseResponse = page.waitForResponse((r) => r.url().includes('/api/v1/caseload') && r.url().includes('phase=working'));
      await page.getByRole('button', { name: /Vaihe$/ }).click();
      await page.getByRole('option', { name: 'Työskentely', exact: true }).click();
      expect((await phaseResponse).status()).toBe(200);
      await expect(page.getByRole('status').filter({ hasText: /asiakas/ })).toBeVisible();
      await expect(clients.locator('td[data-label="Vaihe"]').first()).toHaveText('Työskentely');
      await expect(clients.locator('td[data-label="Vaihe"]').filter({ hasNotText: 'Työskentely' })).toHaveCount(0);
      const phases = await clients.locator('td[data-label="Vaihe"]').allTextContents();
      expect(phases.length).toBeGreaterThan(0);
      for (const p of phases) expect(p.trim()).toBe('Työskentely');

      // Then by key worker: one worker's clients, and the summary has that worker alone.
      const chosen = ((await clients.locator('td[data-label="Omatyöntekijä"]').first().textContent()) ?? '').trim();
      await page.getByRole('button', { name: /Omatyöntekijä$/ }).click();
      await page.getByRole('option', { name: chosen, exact: true }).click();
      await expect(summary.locator('tbody th[scope="row"]')).toHaveText([chosen]);
      for (const w of await clients.locator('td[data-label="Omatyöntekijä"]').allTextContents()) expect(w.trim()).toBe(chosen);
      await expectAccessible(page, `caseload filtered (${vp.name})`);

      // The old search is not offered to a manager.
      await expect(page.getByRole('link', { name: 'Asiakkaat', exact: true })).toHaveCount(0);

      // In Swedish the county has its Swedish name (at the desktop size, where the language menu is
      // in the header bar).
      if (vp.width < 600) return;
      await page.getByRole('button', { name: /Suomeksi \(FI\)/ }).click();
      await page.getByRole('menuitem', { name: 'På svenska (SV)' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Enheternas klientläge' })).toBeVisible();
      await page.goto('/');
      await expect(page.getByText('Södra Österbottens välfärdsområde').first()).toBeVisible();
      await page.getByRole('button', { name: /På svenska \(SV\)/ }).click();
      await page.getByRole('menuitem', { name: 'Suomeksi (FI)' }).click();
    });

    test('the auditor finds a client by identity code and reads its log in words', async ({ page }) => {
      const { hetu, lastName } = await clientWithCode(page);
      const urls: string[] = [];
      page.on('request', (r) => urls.push(r.url()));

      await login(page, 'auditor');
      await page.goto('/audit');
      await expect(page.getByRole('heading', { level: 1, name: 'Lokivalvonta' })).toBeVisible();
      await expectAccessible(page, `audit page (${vp.name})`);

      const lookup = page.waitForRequest((r) => r.url().endsWith('/api/v1/audit/clients') && r.method() === 'POST');
      await page.getByLabel(/^Nimi tai henkilötunnus/).fill(hetu);
      await page.getByRole('button', { name: 'Etsi asiakas' }).click();
      expect((await lookup).postDataJSON()).toEqual({ q: hetu });
      const hits = page.getByRole('table', { name: 'Etsi asiakas' });
      await expect(hits.getByRole('row')).toHaveCount(2);
      await expect(hits.getByRole('rowheader')).toHaveText(`${lastName}, Testi`);
      await expect(hits.getByRole('cell', { name: maskedHetu(hetu) })).toBeVisible();

      await hits.getByRole('button', { name: `Näytä asiakkaan Testi ${lastName} loki` }).click();
      const log = page.getByRole('table', { name: 'Lokimerkinnät' });
      await expect(log).toBeVisible();
      const resources = (await log.locator('td[data-label="Kohde"]').allTextContents()).map((s) => s.trim());
      expect(resources).toContain('Asiakastiedot');
      for (const r of resources) expect(r).not.toMatch(/^[a-z_]+$/);
      await expectAccessible(page, `audit log of a client (${vp.name})`);

      // The identity code travelled in a body only.
      for (const u of urls) expect(u).not.toContain(hetu);
    });
  });
}
