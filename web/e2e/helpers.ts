// Shared steps for the end-to-end tests: logging in as a demo user, generating a fictional
// identity code, and the accessibility check run on every page.
import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

export const DEMO_PASSWORD = process.env.SOKU_DEMO_PASSWORD ?? 'demo-password-2026';

export type DemoRole =
  | 'social_worker'
  | 'social_counsellor'
  | 'group_instructor'
  | 'experience_expert'
  | 'manager'
  | 'analyst'
  | 'admin'
  | 'auditor';

export async function login(page: Page, role: DemoRole): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Käyttäjätunnus').fill(`demo-${role}`);
  await page.getByLabel('Salasana').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Tervetuloa/);
}

const CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** A valid temporary identity code (individual number 900–999) with a random date of birth. */
export function randomTestHetu(): string {
  const start = Date.UTC(1940, 0, 1);
  const end = Date.UTC(2005, 11, 31);
  const date = new Date(start + Math.floor(Math.random() * (end - start)));
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  const yyyy = date.getUTCFullYear();
  const yy = String(yyyy % 100).padStart(2, '0');
  const sign = yyyy >= 2000 ? 'A' : '-';
  const nnn = String(900 + Math.floor(Math.random() * 100));
  return `${dd}${mm}${yy}${sign}${nnn}${CHECK[Number(dd + mm + yy + nnn) % 31]}`;
}

export function maskedHetu(hetu: string): string {
  return `${hetu.slice(0, 7)}****`;
}

export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
}

/** Runs axe on the page; fails on any violation of impact serious or critical. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
  expect(report, `axe violations on ${what}`).toEqual([]);
}

/** Opens the new-client form with no draft left over from an earlier run. */
export async function openNewClientForm(page: Page): Promise<void> {
  await page.goto('/clients/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Uusi asiakas' })).toBeVisible();
  await expect(page.getByLabel('Etunimi')).toBeVisible();
  const discard = page.getByRole('button', { name: 'Tyhjennä lomake' });
  if (await discard.isVisible()) {
    await discard.click();
    await expect(page.getByLabel('Etunimi')).toHaveValue('');
  }
}

export async function chooseMunicipality(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name: /Kotikunta$/ });
  await button.click();
  await page.getByRole('option', { name, exact: true }).click();
  await expect(button).toHaveText(name);
}

/** Suomi.fi draws the checkbox over its <input>, so the click lands on the label, as a user's would. */
export async function tick(page: Page, name: string): Promise<void> {
  const box = page.getByRole('checkbox', { name, exact: true });
  if (!(await box.isChecked())) {
    const id = await box.getAttribute('id');
    await page.locator(`label[for="${id}"]`).click();
  }
  await expect(box).toBeChecked();
}

/** After pressing "Lisää asiakas": true when the client page opened, false when the code was taken. */
export async function createdOrDuplicate(page: Page): Promise<boolean> {
  const duplicate = page.getByText('Asiakas tällä henkilötunnuksella on jo rekisterissä.').first();
  const created = page
    .waitForURL((url) => !url.pathname.endsWith('/clients/new'), { timeout: 15_000 })
    .then(() => true, () => false);
  const taken = duplicate.waitFor({ state: 'visible', timeout: 15_000 }).then(() => false, () => false);
  return Promise.race([created, taken]);
}

/**
 * Fills a fresh random identity code and submits the new-client form; if the code happens to be
 * taken already (the demo data uses the same 900–999 range), tries another. Returns the code used.
 */
export async function submitWithFreshHetu(page: Page): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const hetu = randomTestHetu();
    await page.getByLabel(/^Henkilötunnus/).fill(hetu);
    await page.getByRole('button', { name: 'Lisää asiakas' }).click();
    if (await createdOrDuplicate(page)) return hetu;
  }
  throw new Error('no free identity code found in 5 attempts');
}

/** Registers a fictional client through the form (as the logged-in worker); returns its page path. */
export async function createClient(page: Page, lastName = `Apu-${uniqueSuffix()}`): Promise<string> {
  await openNewClientForm(page);
  await page.getByLabel('Etunimi').fill('Testi');
  await page.getByLabel('Sukunimi').fill(lastName);
  await chooseMunicipality(page, 'Evijärvi');
  await tick(page, 'suomi');
  await page.getByLabel(/^Turvallisuushuomiot/).fill('Kuvitteellinen huomio.');
  await submitWithFreshHetu(page);
  await expect(page.getByRole('heading', { level: 1, name: `Testi ${lastName}` })).toBeVisible();
  return new URL(page.url()).pathname;
}
