// Every page a role reaches fits a phone: at 390 × 844 and at 360 × 740 the document is no wider
// than the window, and no visible element sticks out to the right (which `overflow-x: hidden`
// would hide from the page width) or scrolls sideways inside a box (a wide table in a scroller).
// A subset runs at 1366 × 900 to show that the desktop layout still holds. axe-core runs on
// every page at 390 px (axe.spec.ts checks the desktop). One login per role; the pages are read, never
// changed, so the demo data stays as the other specs expect it.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectAccessible, login } from './helpers';
import type { DemoRole } from './helpers';

const PHONES = [
  { width: 390, height: 844 },
  { width: 360, height: 740 },
];
const DESKTOP = { width: 1366, height: 900 };

interface Fit {
  viewport: number;
  scrollWidth: number;
  offenders: string[];
}

/** The page's width and the elements that do not fit the window (at most 8 named). */
async function measure(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const vw = window.innerWidth;
    const name = (el: Element) => {
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '';
      const text = (el.textContent ?? '').trim().slice(0, 30);
      return `${el.tagName.toLowerCase()}${cls} "${text}"`;
    };
    const hidden = (el: Element) => {
      for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.display === 'none' || s.visibility === 'hidden' || s.clip !== 'auto' || s.clipPath !== 'none') return true;
        const r = e.getBoundingClientRect();
        if (r.width <= 1 || r.height <= 1) return true;
        // clipped inside a box that fits (a visually hidden text, a component's own clipping)
        if (e !== el && (s.overflowX === 'hidden' || s.overflowX === 'clip') && r.right <= vw + 1) return true;
      }
      return false;
    };
    const offenders: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const s = getComputedStyle(el);
      const scrolls =
        (s.overflowX === 'auto' || s.overflowX === 'scroll') &&
        !(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) &&
        el.scrollWidth > el.clientWidth + 1;
      // (entirely off to the left is the skip link's place until it is focused)
      if (((r.right > vw + 1 && r.right > 0) || scrolls) && !hidden(el)) {
        offenders.push(`${name(el)} ${scrolls ? `scrolls ${el.scrollWidth}>${el.clientWidth}` : `${Math.round(r.left)}..${Math.round(r.right)}`}`);
      }
    }
    // an element that does not fit usually takes its ancestors with it: name the innermost ones
    return { viewport: vw, scrollWidth: document.documentElement.scrollWidth, offenders: offenders.slice(-8) };
  });
}

const widths: string[] = [];

/** Checks the page as it is now: fits the window, and (if asked) axe-clean. */
async function check(page: Page, what: string, axe: boolean): Promise<void> {
  // nothing still loading (closed expanders load when opened)
  await expect(page.locator('.loading-state:visible')).toHaveCount(0);
  const fit = await measure(page);
  widths.push(`${String(fit.viewport).padStart(4)} ${String(fit.scrollWidth).padStart(5)}  ${what}`);
  expect.soft(fit.scrollWidth, `${what} at ${fit.viewport} px: page width`).toBeLessThanOrEqual(fit.viewport);
  expect.soft(fit.offenders, `${what} at ${fit.viewport} px: elements that do not fit`).toEqual([]);
  if (axe) await expectAccessible(page, `${what} at ${fit.viewport} px`);
}

type Step = { what: string; go(page: Page): Promise<void>; desktop?: boolean };

async function openPath(page: Page, path: string, heading?: string | RegExp): Promise<void> {
  await page.goto(path);
  const h1 = page.getByRole('heading', { level: 1 });
  if (heading) await expect(h1).toHaveText(heading);
  else await expect(h1).toBeVisible();
}

/**
 * Opens each step's page once at the first phone size, then checks it at each phone size (axe at
 * the first) and, for the marked steps, on the desktop: the layout follows the window's width.
 */
async function walk(page: Page, steps: Step[]): Promise<void> {
  for (const step of steps) {
    const started = Date.now();
    await page.setViewportSize(PHONES[0]);
    await step.go(page);
    for (const [i, vp] of PHONES.entries()) {
      await page.setViewportSize(vp);
      await check(page, step.what, i === 0);
    }
    if (step.desktop) {
      await page.setViewportSize(DESKTOP);
      await check(page, `${step.what} (desktop)`, false);
    }
    widths.push(`          ${Date.now() - started} ms`);
  }
}

interface DashboardClient {
  id: string;
  phase: string;
  period_id: string | null;
  key_worker: boolean;
}

/** Demo clients in the phases whose pages differ (the walk only reads them). */
async function clientsByPhase(page: Page): Promise<Map<string, DashboardClient>> {
  const res = await page.request.get('/api/v1/dashboard');
  expect(res.ok()).toBe(true);
  const body = (await res.json()) as { clients: DashboardClient[] };
  const byPhase = new Map<string, DashboardClient>();
  for (const c of body.clients) {
    const had = byPhase.get(c.phase);
    if (!had || (!had.key_worker && c.key_worker)) byPhase.set(c.phase, c);
  }
  return byPhase;
}

async function firstDecisionId(page: Page, clientId: string): Promise<string | null> {
  const res = await page.request.get(`/api/v1/clients/${clientId}/decisions`);
  if (!res.ok()) return null;
  const body = (await res.json()) as { items: { id: string }[] };
  return body.items[0]?.id ?? null;
}

const tabs = [
  ['plan', 'plan'],
  ['meetings', 'meetings'],
  ['network', 'network'],
  ['documents', 'documents'],
  ['timeline', 'timeline'],
] as const;

/** The steps of a key worker: home, search, a client with every tab, the forms, prints, own pages. */
async function keyWorkerSteps(page: Page, role: DemoRole): Promise<Step[]> {
  const phases = await clientsByPhase(page);
  const working = phases.get('working') ?? phases.get('start') ?? phases.get('closing');
  expect(working, `${role} has a client with an open period`).toBeTruthy();
  const base = `/clients/${working!.id}`;
  const steps: Step[] = [
    { what: `${role}: home`, go: (p) => openPath(p, '/', /^Tervetuloa/), desktop: true },
    {
      what: `${role}: client search with results`,
      go: async (p) => {
        await openPath(p, '/clients', 'Asiakkaat');
        await p.getByRole('button', { name: 'Hae', exact: true }).click();
        await expect(p.getByRole('table', { name: 'Hakutulokset' })).toBeVisible();
      },
      desktop: true,
    },
    {
      what: `${role}: client overview`,
      go: async (p) => {
        await openPath(p, base);
        await expect(p.getByRole('heading', { level: 2 }).first()).toBeVisible();
      },
      desktop: true,
    },
    {
      what: `${role}: client edit form`,
      go: async (p) => {
        await openPath(p, base);
        await p.getByRole('button', { name: 'Muokkaa tietoja' }).click();
        await expect(p.getByRole('button', { name: 'Tallenna' })).toBeVisible();
      },
    },
    ...tabs.map(([tab]) => ({
      what: `${role}: client ${tab}`,
      go: async (p: Page) => {
        await openPath(p, `${base}/${tab}`);
        await expect(p.locator('.client-tab-panel')).not.toBeEmpty();
      },
      desktop: tab === 'documents' || tab === 'plan',
    })),
    {
      what: `${role}: goal review and edit forms`,
      go: async (p) => {
        await openPath(p, `${base}/plan`);
        const review = p.getByRole('button', { name: /^Arvioi/ }).first();
        if (await review.isVisible()) await review.click();
        const edit = p.getByRole('button', { name: 'Muokkaa', exact: true }).first();
        if (await edit.isVisible()) await edit.click();
      },
    },
    { what: `${role}: plan print`, go: (p) => openPath(p, `${base}/plan/print`), desktop: true },
    { what: `${role}: accessibility statement`, go: (p) => openPath(p, '/accessibility') },
  ];
  if (working!.period_id) {
    const periodId = working!.period_id;
    steps.push({
      what: `${role}: period page`,
      go: async (p) => {
        await p.goto(`/periods/${periodId}`);
        await p.waitForURL(/\/documents$/);
        await expect(p.getByRole('heading', { level: 1 })).toBeVisible();
      },
    });
  }
  const decisionId = await firstDecisionId(page, working!.id);
  if (decisionId) steps.push({ what: `${role}: decision print`, go: (p) => openPath(p, `/decisions/${decisionId}/print`), desktop: true });
  for (const phase of ['assessment', 'decision', 'ended'] as const) {
    const c = phases.get(phase);
    if (!c) continue;
    steps.push({
      what: `${role}: documents of a client in phase ${phase}`,
      go: async (p) => {
        await openPath(p, `/clients/${c.id}/documents`);
        await expect(p.locator('.client-tab-panel')).not.toBeEmpty();
      },
      desktop: phase === 'decision',
    });
  }
  return steps;
}

test.describe('every page fits a phone', () => {
  test.describe.configure({ timeout: 180_000 });

  test.afterAll(() => {
    // the measured widths, for the record (viewport, page width, page)
    console.log(`phone widths:\n${widths.join('\n')}`);
  });

  test('key worker pages: social worker', async ({ page }) => {
    await login(page, 'social_worker');
    await walk(page, await keyWorkerSteps(page, 'social_worker'));
  });

  test('the header is one short row on a phone, its menu opens and leads on', async ({ page }) => {
    await login(page, 'social_worker');
    await page.setViewportSize(PHONES[0]);
    const header = page.getByRole('banner');
    const nav = page.getByRole('navigation', { name: 'Päävalikko' });
    const menu = page.getByRole('button', { name: 'Valikko' });
    const height = (await header.boundingBox())!.height;
    widths.push(`header height at 390 × 844: ${Math.round(height)} px`);
    expect(height).toBeLessThan(120);
    await expect(nav).toBeHidden();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('button', { name: 'Kirjaudu ulos' })).toBeVisible();
    await check(page, 'social_worker: header menu open', true);
    await nav.getByRole('link', { name: 'Asiakkaat' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Asiakkaat' })).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();
    // on the desktop the navigation is always there and the button is not
    await page.setViewportSize(DESKTOP);
    await expect(nav).toBeVisible();
    await expect(menu).toBeHidden();
  });

  test('key worker pages: social counsellor (the pages that differ by role)', async ({ page }) => {
    await login(page, 'social_counsellor');
    const steps = await keyWorkerSteps(page, 'social_counsellor');
    const differ = /: (home|client overview|client plan|client documents|documents of a client in phase decision)$/;
    await walk(page, steps.filter((s) => differ.test(s.what)));
  });

  test('manager pages', async ({ page }) => {
    await login(page, 'manager');
    await walk(page, [
      { what: 'manager: home', go: (p) => openPath(p, '/', /^Tervetuloa/), desktop: true },
      { what: 'manager: accessibility statement', go: (p) => openPath(p, '/accessibility') },
    ]);
  });

  test('admin pages', async ({ page }) => {
    await login(page, 'admin');
    await walk(page, [
      { what: 'admin: home', go: (p) => openPath(p, '/', /^Tervetuloa/) },
      {
        what: 'admin: users',
        go: async (p) => {
          await openPath(p, '/admin/users');
          await expect(p.getByRole('table', { name: 'Käyttäjät ja roolit' })).toBeVisible();
        },
        desktop: true,
      },
      { what: 'admin: units', go: (p) => openPath(p, '/admin/units'), desktop: true },
      { what: 'admin: municipalities', go: (p) => openPath(p, '/admin/municipalities') },
      { what: 'admin: appeal instructions', go: (p) => openPath(p, '/admin/appeal-instructions') },
    ]);
  });

  test('auditor pages', async ({ page }) => {
    await login(page, 'auditor');
    await walk(page, [
      { what: 'auditor: home', go: (p) => openPath(p, '/', /^Tervetuloa/) },
      {
        what: 'auditor: audit log with results',
        go: async (p) => {
          await openPath(p, '/audit');
          await p.getByLabel(/^Käyttäjä/).first().fill('demo-social_worker');
          await p.getByRole('button', { name: 'Hae lokista' }).click();
          await expect(p.getByRole('table')).toBeVisible();
        },
        desktop: true,
      },
    ]);
  });
});
