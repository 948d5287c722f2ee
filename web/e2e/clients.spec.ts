// A social worker registers a client, finds them by search (masked identity code) and opens the
// client page; roles without client access see neither the client nor a way to it; the auditor
// sees the worker's read of that client in the access log.
import { expect, test } from '@playwright/test';
import { chooseMunicipality, login, maskedHetu, openNewClientForm, submitWithFreshHetu, tick, uniqueSuffix } from './helpers';

test.describe.serial('client register', () => {
  let hetu = '';
  const firstName = 'Testi';
  const lastName = `E2e-${uniqueSuffix()}`;
  let clientPath = '';

  test('a social worker creates a client', async ({ page }) => {
    await login(page, 'social_worker');
    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Asiakkaat' }).click();
    await page.getByRole('link', { name: 'Uusi asiakas' }).click();
    await expect(page).toHaveURL(/\/clients\/new$/);
    await openNewClientForm(page);

    await page.getByLabel('Etunimi').fill(firstName);
    await page.getByLabel('Sukunimi').fill(lastName);
    await chooseMunicipality(page, 'Kurikka');
    await tick(page, 'suomi');
    await tick(page, 'ruotsi');
    await page.getByLabel(/^Puhelinnumero/).fill('040 123 4567');
    await page.getByLabel(/^Sähköposti/).fill('testi@example.invalid');
    await page.getByLabel(/^Osoite/).fill('Testikatu 1, 61300 Kurikka');
    await page.getByLabel(/^Turvallisuushuomiot/).fill('Kuvitteellinen huomio: pelkää koiria.');
    hetu = await submitWithFreshHetu(page);

    await expect(page.getByRole('heading', { level: 1, name: `${firstName} ${lastName}` })).toBeVisible();
    await expect(page.getByText('Asiakas lisätty.')).toBeVisible();
    await expect(page.getByText(hetu, { exact: true })).toBeVisible();
    await expect(page.getByText('suomi, ruotsi')).toBeVisible();
    await expect(page.getByText('Kuvitteellinen huomio: pelkää koiria.')).toBeVisible();
    await expect(page.getByText('Asiakastyön tekijä')).toBeVisible();
    await expect(page).toHaveTitle(`${firstName} ${lastName} – soku`);
    clientPath = new URL(page.url()).pathname;
    expect(clientPath).toMatch(/^\/clients\/[^/]+$/);
    // nothing personal in the address
    expect(page.url()).not.toContain(hetu);
    expect(page.url()).not.toContain(lastName);
  });

  test('the same identity code cannot be registered twice', async ({ page }) => {
    await login(page, 'social_worker');
    await openNewClientForm(page);
    await page.getByLabel(/^Henkilötunnus/).fill(hetu);
    await page.getByLabel('Etunimi').fill('Toinen');
    await page.getByLabel('Sukunimi').fill(lastName);
    await chooseMunicipality(page, 'Alajärvi');
    await page.getByRole('button', { name: 'Lisää asiakas' }).click();
    const hetuInput = page.getByLabel(/^Henkilötunnus/);
    await expect(hetuInput).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Asiakas tällä henkilötunnuksella on jo rekisterissä.').first()).toBeVisible();
  });

  test('the client is found by search with a masked identity code and opens', async ({ page }) => {
    await login(page, 'social_worker');
    await page.goto('/clients');
    await page.getByLabel(/^Hae asiakasta/).fill(lastName);
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    const table = page.getByRole('table', { name: 'Hakutulokset' });
    const row = table.getByRole('row').filter({ hasText: lastName });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(maskedHetu(hetu));
    await expect(row).not.toContainText(hetu);
    await expect(row).toContainText('Kurikka');
    // the search text stays out of the address bar
    expect(page.url()).not.toContain(lastName);

    // by identity code too
    await page.getByLabel(/^Hae asiakasta/).fill(hetu);
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await expect(table.getByRole('row').filter({ hasText: lastName })).toHaveCount(1);
    expect(page.url()).not.toContain(hetu);

    await table.getByRole('link', { name: `${lastName}, ${firstName}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${firstName} ${lastName}` })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${clientPath}$`));
  });

  test('the worker edits the client', async ({ page }) => {
    await login(page, 'social_worker');
    await page.goto(clientPath);
    await page.getByRole('button', { name: 'Muokkaa tietoja' }).click();
    await page.getByLabel(/^Puhelinnumero/).fill('040 765 4321');
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await expect(page.getByText('Muutokset tallennettu.')).toBeVisible();
    await expect(page.getByText('040 765 4321')).toBeVisible();
  });

  for (const role of ['experience_expert', 'analyst'] as const) {
    test(`${role} sees no clients and no way to them`, async ({ page }) => {
      await login(page, role);
      const nav = page.getByRole('navigation', { name: 'Päävalikko' });
      await expect(nav.getByRole('link', { name: 'Etusivu' })).toBeVisible();
      await expect(nav.getByRole('link', { name: 'Asiakkaat' })).toHaveCount(0);
      await expect(page.getByText(/Tulevaisuudessa näet täällä/)).toBeVisible();

      await page.goto(clientPath);
      await expect(page.getByRole('heading', { level: 1, name: 'Asiakasta ei löytynyt' })).toBeVisible();
      await expect(page.getByText('Asiakasta ei löytynyt tai sinulla ei ole asiakassuhdetta.')).toBeVisible();
      await expect(page.getByText(lastName)).toHaveCount(0);
      // not a worker: no way to record a reason either
      await expect(page.getByRole('button', { name: /Kirjaa peruste/ })).toHaveCount(0);

      await page.goto('/clients');
      await expect(page.getByRole('heading', { level: 1, name: 'Ei käyttöoikeutta' })).toBeVisible();
    });
  }

  test('the auditor sees the social worker read the client', async ({ page }) => {
    const clientId = clientPath.split('/').pop() ?? '';
    await login(page, 'auditor');
    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Lokivalvonta' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Lokivalvonta' })).toBeVisible();
    await page.getByLabel(/^Asiakkaan tunniste/).fill(clientId);
    await page.getByRole('button', { name: 'Hae lokista' }).click();
    const table = page.getByRole('table', { name: 'Lokimerkinnät' });
    const reads = table.getByRole('row').filter({ hasText: 'demo-social_worker' }).filter({ hasText: 'Luku' });
    await expect(reads.first()).toBeVisible();
    await expect(reads.first()).toContainText('Sosiaalityöntekijä');
    await expect(reads.first()).toContainText('Sallittu');
    // the roles without access were refused, and that is logged too
    await expect(table.getByRole('row').filter({ hasText: 'demo-social_worker' }).filter({ hasText: 'Luonti' })).toHaveCount(1);

    await page.getByRole('button', { name: 'Tarkista lokiketju' }).click();
    await expect(page.getByText(/Lokiketju on eheä: \d+ merkint/)).toBeVisible();
  });
});
