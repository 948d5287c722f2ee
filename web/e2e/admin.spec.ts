// The admin creates a user with a role in a unit and a temporary password; at first login the new
// user must set their own password before anything else, then reaches the home page. Units and
// municipalities are listed and can be added.
import { expect, test } from '@playwright/test';
import { expectAccessible, login, uniqueSuffix } from './helpers';

test('the admin creates a user who sets their own password at first login', async ({ page }) => {
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
  await expect(row).toContainText('Väliaikainen salasana');

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

  // The temporary password: only the "set your own password" page, wherever the user goes.
  await expect(page.getByRole('heading', { level: 1, name: 'Aseta oma salasanasi' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Päävalikko' })).toHaveCount(0);
  await expectAccessible(page, 'the own-password page');
  await page.goto('/clients');
  await expect(page.getByRole('heading', { level: 1, name: 'Aseta oma salasanasi' })).toBeVisible();

  const own = `Oma-salasana-${uniqueSuffix()}-2026`;
  await page.getByLabel('Nykyinen (väliaikainen) salasana').fill(password);
  await page.getByLabel('Uusi salasana', { exact: true }).fill(own);
  await page.getByLabel('Uusi salasana uudelleen').fill(`${own}x`);
  await page.getByRole('button', { name: 'Tallenna salasana' }).click();
  await expect(page.getByRole('heading', { name: /Lomakkeessa on 1 virhe/ })).toBeVisible();
  await expectAccessible(page, 'the own-password page with an error summary');
  await page.getByLabel('Uusi salasana uudelleen').fill(own);
  await page.getByRole('button', { name: 'Tallenna salasana' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Asiakkaat' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Etusivu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tervetuloa, Testi Ohjaaja' })).toBeVisible();

  // The next login uses the user's own password and goes straight in.
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await page.getByLabel('Käyttäjätunnus').fill(username);
  await page.getByLabel('Salasana').fill(own);
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
  await page.getByLabel('Nimi', { exact: true }).fill(`Testikunta ${suffix}`);
  await page.getByRole('button', { name: 'Lisää kunta' }).click();
  await expect(page.getByText(`Kunta Testikunta ${suffix} lisätty.`)).toBeVisible();
  await expect(page.getByRole('table')).toContainText(`Testikunta ${suffix}`);

  await page.getByRole('navigation', { name: 'Ylläpito' }).getByRole('link', { name: 'Yksiköt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Yksiköt' })).toBeVisible();
  await page.getByLabel(/^Tunnus/).fill(`testi-${suffix}`);
  await page.getByLabel('Nimi', { exact: true }).fill(`Testiyksikkö ${suffix}`);
  await page.getByLabel(/^Ruotsinkielinen nimi/).fill(`Testenhet ${suffix}`);
  await page.getByRole('button', { name: /Kunta \(valinnainen\)$/ }).click();
  await page.getByRole('option', { name: 'Vimpeli' }).click();
  await page.getByRole('button', { name: 'Lisää yksikkö' }).click();
  await expect(page.getByText(`Yksikkö Testiyksikkö ${suffix} lisätty.`)).toBeVisible();
  const row = page.getByRole('table').getByRole('row').filter({ hasText: `Testiyksikkö ${suffix}` });
  await expect(row).toContainText('Vimpeli');
  await expect(row).toContainText(`Testenhet ${suffix}`);
});
