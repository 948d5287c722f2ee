// Steps for walking a client's path through the UI in a given language: texts come from the app's
// own translation files, so the same walk runs in Finnish and in Swedish.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { DEMO_PASSWORD } from './helpers';
import type { DemoRole } from './helpers';
import { CODES } from '../src/test/codes-fixture';

export type Lang = 'fi' | 'sv';
const here = dirname(fileURLToPath(import.meta.url));
type Tree = { [k: string]: string | Tree };

function merge(into: Tree, from: Tree): Tree {
  for (const [k, v] of Object.entries(from)) {
    const had = into[k];
    into[k] = typeof v === 'string' || typeof had !== 'object' ? v : merge(had, v);
  }
  return into;
}

// the shared texts and every feature's (src/features/<name>/i18n), merged as the app does
function textsOf(lang: Lang): Tree {
  const features = join(here, '../src/features');
  const paths = [
    join(here, `../src/i18n/${lang}.json`),
    ...readdirSync(features)
      .map((name) => join(features, name, 'i18n', `${lang}.json`))
      .filter((p) => existsSync(p)),
  ];
  return paths.reduce((tree, p) => merge(tree, JSON.parse(readFileSync(p, 'utf8')) as Tree), {});
}

const files: Record<Lang, Tree> = { fi: textsOf('fi'), sv: textsOf('sv') };

// The code lists' texts come from the server (GET /api/v1/codes, server/src/domain/codes.cpp, as
// in src/test/codes-fixture.ts); `codes.<ns>.<code>` names them as the i18n files once did.
const CODE_NS: Record<string, string> = {
  referralSource: 'referral_source',
  lifeArea: 'life_area',
  needLevel: 'need_level',
  serviceForm: 'service_form',
  meetingMode: 'meeting_mode',
  meetingContent: 'meeting_content',
  statutoryItem: 'statutory_item',
  phase: 'client_phase',
  continuation: 'continuation_path',
  interruption: 'interruption_reason',
  organisationType: 'organisation_type',
  timelineType: 'timeline_type',
  gas: 'gas_level',
};

/** The text of an i18n key (or `codes.<ns>.<code>`) in `lang`, with {{placeholders}} filled in. */
export function text(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const code = /^codes\.(\w+)\.(.+)$/.exec(key);
  if (code) {
    const item = CODES.lists[CODE_NS[code[1]] ?? '']?.find((c) => c.code === code[2]);
    if (!item) throw new Error(`no code text ${lang}:${key}`);
    return item[lang];
  }
  let node: string | Tree = files[lang];
  for (const part of key.split('.')) {
    if (typeof node === 'string' || !(part in node)) throw new Error(`no text ${lang}:${key}`);
    node = node[part];
  }
  if (typeof node !== 'string') throw new Error(`not a text ${lang}:${key}`);
  return node.replace(/{{\s*(\w+)\s*}}/g, (_, k: string) => String(vars[k] ?? ''));
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** d.M.yyyy of today in Helsinki (the browser's zone here) + `months` months (the date fields' format). */
export function inputDate(months = 0, days = 0): string {
  // Today's date in Europe/Helsinki, whatever zone the test runner is in (between 22:00 and 24:00
  // UTC the UTC date is already yesterday in Finland).
  const [y, m, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' })
    .format(new Date())
    .split('-')
    .map(Number);
  const d = new Date(y, m - 1, day, 12);
  d.setMonth(d.getMonth() + months);
  d.setDate(d.getDate() + days);
  return `${d.getDate()}.${d.getMonth() + 1}.${d.getFullYear()}`;
}

/** Logs in (in Finnish, as the other tests do) and then switches the UI to `lang`. */
export async function loginIn(page: Page, role: DemoRole, lang: Lang): Promise<void> {
  await page.goto('/login');
  await page.evaluate(() => localStorage.setItem('soku.lang', 'fi'));
  await page.goto('/login');
  await page.getByLabel('Käyttäjätunnus').fill(`demo-${role}`);
  await page.getByLabel('Salasana').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Tervetuloa/);
  if (lang === 'sv') {
    await page.getByRole('button', { name: /Suomeksi \(FI\)/ }).click();
    await page.getByRole('menuitem', { name: 'På svenska (SV)' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  }
}

export async function logout(page: Page, lang: Lang): Promise<void> {
  await page.getByRole('button', { name: text(lang, 'nav.logout') }).click();
  await expect(page).toHaveURL(/\/login$/);
}

/** A Suomi.fi Dropdown: its button's name ends with the label. */
export async function choose(scope: Page | Locator, label: string, option: string): Promise<void> {
  const page = 'page' in scope ? scope.page() : scope;
  const button = scope.getByRole('button', { name: new RegExp(`${escapeRe(label)}( \\(.*\\))?$`) });
  await button.click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(button).toContainText(option);
}

/** Suomi.fi draws checkboxes and radio buttons over their <input>: click the label, as a user would. */
export async function check(scope: Page | Locator, role: 'checkbox' | 'radio', name: string): Promise<void> {
  const page = 'page' in scope ? scope.page() : scope;
  const box = scope.getByRole(role, { name, exact: true });
  if (!(await box.isChecked())) {
    const id = await box.getAttribute('id');
    await page.locator(`label[for="${id}"]`).click();
  }
  await expect(box).toBeChecked();
}

export async function openTab(page: Page, lang: Lang, tab: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: text(lang, 'client.tabs.label') });
  await nav.getByRole('link', { name: text(lang, `client.tabs.${tab}`), exact: true }).click();
  await expect(nav.getByRole('link', { name: text(lang, `client.tabs.${tab}`), exact: true })).toHaveAttribute('aria-current', 'page');
}

/** A form field by its label (optional fields have "(valinnainen)" after the label). */
export function field(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${escapeRe(label)}( \\(.*\\))?$`));
}
