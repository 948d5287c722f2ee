// The session cookie disappears while the worker is filling in the new-client form. Saving opens
// the re-login dialog instead of leaving the page; after logging in, every typed value is still
// there and saving succeeds.
import { expect, test } from '@playwright/test';
import {
  DEMO_PASSWORD,
  chooseMunicipality,
  createdOrDuplicate,
  login,
  openNewClientForm,
  randomTestHetu,
  submitWithFreshHetu,
  tick,
  uniqueSuffix,
} from './helpers';

test('typed values survive an expired session', async ({ page, context }) => {
  const hetu = randomTestHetu();
  const lastName = `Istunto-${uniqueSuffix()}`;
  await login(page, 'social_worker');
  await openNewClientForm(page);

  await page.getByLabel(/^Henkilötunnus/).fill(hetu);
  await page.getByLabel('Etunimi').fill('Vanheneva');
  await page.getByLabel('Sukunimi').fill(lastName);
  await chooseMunicipality(page, 'Lappajärvi');
  await tick(page, 'muu kieli');
  await page.getByLabel(/^Sähköposti/).fill('vanheneva@example.invalid');
  await page.getByLabel(/^Turvallisuushuomiot/).fill('Kuvitteellinen: tapaaminen kaksin.');

  await context.clearCookies();
  await page.getByRole('button', { name: 'Lisää asiakas' }).click();

  const dialog = page.getByRole('dialog', { name: 'Istuntosi on vanhentunut — kirjaudu uudelleen' });
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(/\/clients\/new$/);
  await expect(dialog.getByLabel('Käyttäjätunnus')).toHaveValue('demo-social_worker');
  await expect(dialog.getByLabel('Salasana')).toBeFocused();
  await dialog.getByLabel('Salasana').fill(DEMO_PASSWORD);
  await dialog.getByRole('button', { name: 'Kirjaudu ja jatka' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByLabel(/^Henkilötunnus/)).toHaveValue(hetu);
  await expect(page.getByLabel('Etunimi')).toHaveValue('Vanheneva');
  await expect(page.getByLabel('Sukunimi')).toHaveValue(lastName);
  await expect(page.getByRole('button', { name: /Kotikunta$/ })).toHaveText('Lappajärvi');
  await expect(page.getByRole('checkbox', { name: 'muu kieli' })).toBeChecked();
  await expect(page.getByLabel(/^Sähköposti/)).toHaveValue('vanheneva@example.invalid');
  await expect(page.getByLabel(/^Turvallisuushuomiot/)).toHaveValue('Kuvitteellinen: tapaaminen kaksin.');

  // save again: only if the random code happens to be taken is a new one tried
  await page.getByRole('button', { name: 'Lisää asiakas' }).click();
  const saved = (await createdOrDuplicate(page)) ? hetu : await submitWithFreshHetu(page);
  await expect(page.getByRole('heading', { level: 1, name: `Vanheneva ${lastName}` })).toBeVisible();
  await expect(page.getByText(saved, { exact: true })).toBeVisible();
  await expect(page.getByText('Lappajärvi')).toBeVisible();
});

test('the new-client form restores an autosaved draft', async ({ page }) => {
  const lastName = `Luonnos-${uniqueSuffix()}`;
  await login(page, 'social_worker');
  await openNewClientForm(page);
  await page.getByLabel('Etunimi').fill('Keskeneräinen');
  await page.getByLabel('Sukunimi').fill(lastName);
  await expect(page.getByText(/Luonnos tallennettu klo/)).toBeVisible();

  await page.reload();
  await expect(page.getByText('Luonnos palautettu')).toBeVisible();
  await expect(page.getByLabel('Etunimi')).toHaveValue('Keskeneräinen');
  await expect(page.getByLabel('Sukunimi')).toHaveValue(lastName);

  await page.getByRole('button', { name: 'Tyhjennä lomake' }).click();
  await expect(page.getByLabel('Etunimi')).toHaveValue('');
  await page.reload();
  await expect(page.getByLabel('Etunimi')).toHaveValue('');
  await expect(page.getByText('Luonnos palautettu')).toHaveCount(0);
});
