// The admin creates a user with a role in a unit; the new user can log in. Units and
// municipalities are listed and can be added.
import { expect, test } from '@playwright/test';
import { login, uniqueSuffix } from './helpers';

test('the admin creates a user who can then log in', async ({ page }) => {
  const username = `e2e-${uniqueSuffix()}`;
  const password = `Salasana-${uniqueSuffix()}-2026`;
  await login(page, 'admin');
  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Ylläpito' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Käyttäjät' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Käyttäjät ja roolit' })).toContainText('demo-social_worker');

  await page.getByLabel('Käyttäjätunnus').fill(username);
  await page.getByLabel('Nimi', { exact: true }).fill('Testi Ohjaaja');
  await page.getByLabel('Alkusalasana').fill(password);
  await page.getByRole('button', { name: /Rooli 1$/ }).click();
  await page.getByRole('option', { name: 'Sosiaaliohjaaja' }).click();
  await page.getByRole('button', { name: /Roolin 1 yksikkö/ }).click();
  await page.getByRole('option', { name: 'Kurikan sote-keskus' }).click();
  await page.getByRole('button', { name: 'Lisää käyttäjä' }).click();

  await expect(page.getByText(`Käyttäjä ${username} lisätty.`)).toBeVisible();
  const row = page.getByRole('table', { name: 'Käyttäjät ja roolit' }).getByRole('row').filter({ hasText: username });
  await expect(row).toContainText('Sosiaaliohjaaja (Kurikan sote-keskus)');
  await expect(row).toContainText('Käytössä');

  // deactivate and activate again
  await row.getByRole('button', { name: `Poista käytöstä: ${username}` }).click();
  await expect(row).toContainText('Poistettu käytöstä');
  await row.getByRole('button', { name: `Ota käyttöön: ${username}` }).click();
  await expect(row).toContainText('Käytössä');

  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();
  await page.getByLabel('Käyttäjätunnus').fill(username);
  await page.getByLabel('Salasana').fill(password);
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tervetuloa, Testi Ohjaaja' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Asiakkaat' })).toBeVisible();
});

test('the admin adds a unit and a municipality', async ({ page }) => {
  const suffix = uniqueSuffix();
  await login(page, 'admin');
  await page.goto('/admin/municipalities');
  await expect(page.getByRole('heading', { level: 1, name: 'Kunnat' })).toBeVisible();
  await expect(page.getByRole('table')).toContainText('Kurikka');
  await page.getByLabel(/^Tunnus/).fill(`testikunta-${suffix}`);
  await page.getByLabel('Nimi').fill(`Testikunta ${suffix}`);
  await page.getByRole('button', { name: 'Lisää kunta' }).click();
  await expect(page.getByText(`Kunta Testikunta ${suffix} lisätty.`)).toBeVisible();
  await expect(page.getByRole('table')).toContainText(`Testikunta ${suffix}`);

  await page.getByRole('navigation', { name: 'Ylläpito' }).getByRole('link', { name: 'Yksiköt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Yksiköt' })).toBeVisible();
  await page.getByLabel(/^Tunnus/).fill(`testi-${suffix}`);
  await page.getByLabel('Nimi').fill(`Testiyksikkö ${suffix}`);
  await page.getByRole('button', { name: /Kunta \(valinnainen\)$/ }).click();
  await page.getByRole('option', { name: 'Vimpeli' }).click();
  await page.getByRole('button', { name: 'Lisää yksikkö' }).click();
  await expect(page.getByText(`Yksikkö Testiyksikkö ${suffix} lisätty.`)).toBeVisible();
  const row = page.getByRole('table').getByRole('row').filter({ hasText: `Testiyksikkö ${suffix}` });
  await expect(row).toContainText('Vimpeli');
});
