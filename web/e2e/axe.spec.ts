// axe-core on every page, in Finnish and (for several pages) in Swedish: no violation of impact
// serious or critical. Pages are checked in the states a user meets: with search results, with
// validation errors, with the re-login dialog open.
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, createClient, expectAccessible, login, openNewClientForm } from './helpers';

test('login page', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page, 'login');
  await page.getByLabel('Käyttäjätunnus').fill('demo-social_worker');
  await page.getByLabel('Salasana').fill('wrong-password');
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page.getByText('Väärä käyttäjätunnus tai salasana.')).toBeVisible();
  await expectAccessible(page, 'login with an error');
});

test('worker pages', async ({ page }) => {
  await login(page, 'social_worker');
  await expectAccessible(page, 'home (worker)');

  await page.goto('/clients');
  await expect(page.getByRole('heading', { level: 1, name: 'Asiakkaat' })).toBeVisible();
  await page.getByRole('button', { name: 'Hae', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Hakutulokset' })).toBeVisible();
  await expectAccessible(page, 'clients with results');

  await openNewClientForm(page);
  await expectAccessible(page, 'new client');
  await page.getByLabel(/^Henkilötunnus/).fill('010190-900X');
  await page.getByRole('button', { name: 'Lisää asiakas' }).click();
  await expect(page.getByRole('heading', { name: /Lomakkeessa on \d+ virhe/ })).toBeVisible();
  await expectAccessible(page, 'new client with errors');
  await page.getByLabel(/^Henkilötunnus/).fill('');

  const clientPath = await createClient(page);
  await expectAccessible(page, 'client page');
  await page.getByRole('button', { name: 'Muokkaa tietoja' }).click();
  await expect(page.getByRole('button', { name: 'Tallenna' })).toBeVisible();
  await expectAccessible(page, 'client edit form');

  await page.goto('/clients/00000000000000000000000000000000');
  await expect(page.getByRole('heading', { level: 1, name: 'Asiakasta ei löytynyt' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Kirjaa käyttöperuste' })).toBeVisible();
  await expectAccessible(page, 'client not found with the access-reason form');

  await page.goto('/accessibility');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page, 'accessibility statement (logged in)');

  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' })).toBeVisible();
  await expectAccessible(page, 'not found');

  // the re-login dialog
  await page.goto(clientPath);
  await expect(page.getByRole('button', { name: 'Muokkaa tietoja' })).toBeVisible();
  await page.context().clearCookies();
  // opening the edit form loads the municipalities, which now gets 401
  await page.getByRole('button', { name: 'Muokkaa tietoja' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 're-login dialog');
  await dialog.getByLabel('Salasana').fill(DEMO_PASSWORD);
  await dialog.getByRole('button', { name: 'Kirjaudu ja jatka' }).click();
  await expect(dialog).toBeHidden();
  // what failed is loaded again
  await expect(page.getByRole('button', { name: /Kotikunta$/ })).toHaveText('Evijärvi');
});

test('pages of roles without client access', async ({ page }) => {
  await login(page, 'experience_expert');
  await expectAccessible(page, 'home (experience expert)');
  await page.goto('/clients');
  await expect(page.getByRole('heading', { level: 1, name: 'Ei käyttöoikeutta' })).toBeVisible();
  await expectAccessible(page, 'no access');
});

test('admin pages', async ({ page }) => {
  await login(page, 'admin');
  await page.goto('/admin/users');
  await expect(page.getByRole('table', { name: 'Käyttäjät ja roolit' })).toBeVisible();
  await expectAccessible(page, 'admin users');
  await page.getByRole('button', { name: 'Lisää käyttäjä' }).click();
  await expect(page.getByText('Valitse vähintään yksi rooli.', { exact: true })).toBeVisible();
  await expectAccessible(page, 'admin users with errors');

  await page.goto('/admin/units');
  await expect(page.getByRole('table')).toBeVisible();
  await expectAccessible(page, 'admin units');

  await page.goto('/admin/municipalities');
  await expect(page.getByRole('table')).toBeVisible();
  await expectAccessible(page, 'admin municipalities');
});

test('audit page', async ({ page }) => {
  await login(page, 'social_worker');
  const clientPath = await createClient(page);
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();

  await login(page, 'auditor');
  await page.goto('/audit');
  await expectAccessible(page, 'audit (empty)');
  await page.getByLabel(/^Asiakkaan tunniste/).fill(clientPath.split('/').pop() ?? '');
  await page.getByRole('button', { name: 'Hae lokista' }).click();
  await expect(page.getByRole('table', { name: 'Lokimerkinnät' })).toBeVisible();
  await page.getByRole('button', { name: 'Tarkista lokiketju' }).click();
  await expect(page.getByText(/Lokiketju on eheä/)).toBeVisible();
  await expectAccessible(page, 'audit with results and chain check');
});

test('pages in Swedish', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: /Suomeksi \(FI\)/ }).click();
  await page.getByRole('menuitem', { name: 'På svenska (SV)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  await expectAccessible(page, 'login (sv)');

  await page.getByLabel('Användarnamn').fill('demo-social_worker');
  await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Välkommen/ })).toBeVisible();
  await expectAccessible(page, 'home (sv)');

  await page.goto('/clients');
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Sökresultat' })).toBeVisible();
  await expectAccessible(page, 'clients (sv)');

  await page.goto('/clients/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Ny klient' })).toBeVisible();
  await expectAccessible(page, 'new client (sv)');

  await page.goto('/accessibility');
  await expect(page.getByRole('heading', { level: 1, name: 'Tillgänglighetsutlåtande' })).toBeVisible();
  await expectAccessible(page, 'accessibility statement (sv)');

  // back to Finnish for the other tests' browser state (each test has its own context anyway)
  await page.getByRole('button', { name: /På svenska \(SV\)/ }).click();
  await page.getByRole('menuitem', { name: 'Suomeksi (FI)' }).click();
});
