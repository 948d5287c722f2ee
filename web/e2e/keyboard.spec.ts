// Keyboard only: log in and register a client with Tab, Enter, Space, arrows and typing — no
// mouse and no programmatic focus. Locators are used only to check where the focus is.
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { DEMO_PASSWORD, randomTestHetu, uniqueSuffix } from './helpers';

/** Presses Tab (or Shift+Tab) until `target` has the focus (at most `max` times). */
async function tabTo(page: Page, target: Locator, max = 40, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

test('a worker logs in and registers a client with the keyboard only', async ({ page }) => {
  const hetu = randomTestHetu();
  const lastName = `Näppäimistö-${uniqueSuffix()}`;
  await page.goto('/login');
  await expect(page.getByLabel('Käyttäjätunnus')).toBeVisible();

  // The skip link comes first.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Siirry sisältöön' })).toBeFocused();

  await tabTo(page, page.getByLabel('Käyttäjätunnus'));
  await page.keyboard.type('demo-social_worker');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Salasana')).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^Tervetuloa/ })).toBeVisible();

  // The home page is the worker's week (many links), so go back up from the heading to the menu.
  await tabTo(page, page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Asiakkaat' }), 40, 'Shift+Tab');
  await page.keyboard.press('Enter');
  // after an in-app navigation the focus is on the new page's heading
  await expect(page.getByRole('heading', { level: 1, name: 'Asiakkaat' })).toBeFocused();

  await tabTo(page, page.getByRole('link', { name: 'Uusi asiakas' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Uusi asiakas' })).toBeFocused();
  await expect(page.getByLabel('Etunimi')).toBeVisible();
  const discard = page.getByRole('button', { name: 'Tyhjennä lomake' });
  if (await discard.isVisible()) {
    await tabTo(page, discard);
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Etunimi')).toHaveValue('');
  }

  await tabTo(page, page.getByLabel(/^Henkilötunnus/));
  await page.keyboard.type(hetu);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Etunimi')).toBeFocused();
  await page.keyboard.type('Näppis');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Sukunimi')).toBeFocused();
  await page.keyboard.type(lastName);

  await page.keyboard.press('Tab');
  const municipality = page.getByRole('button', { name: /Kotikunta$/ });
  await expect(municipality).toBeFocused();
  await page.keyboard.press('Enter'); // opens the list
  const listbox = page.getByRole('listbox');
  await expect(listbox).toBeVisible();
  const vimpeliId = await page.getByRole('option', { name: 'Vimpeli', exact: true }).getAttribute('id');
  for (let i = 0; i < 30 && (await listbox.getAttribute('aria-activedescendant')) !== vimpeliId; i++) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect(municipality).toHaveText('Vimpeli');

  const finnish = page.getByRole('checkbox', { name: 'suomi' });
  await tabTo(page, finnish);
  await page.keyboard.press('Space');
  await expect(finnish).toBeChecked();

  await tabTo(page, page.getByLabel(/^Puhelinnumero/));
  await page.keyboard.type('040 111 2222');

  await tabTo(page, page.getByRole('button', { name: 'Lisää asiakas' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Näppis ${lastName}` })).toBeVisible();
  await expect(page.getByText(hetu, { exact: true })).toBeVisible();
  await expect(page.getByText('Vimpeli')).toBeVisible();
  await expect(page.getByText('040 111 2222')).toBeVisible();
});
