// The accessibility statement is public: it works without login, in every language, and its
// feedback form sends feedback.
import { expect, test } from '@playwright/test';
import { expectAccessible } from './helpers';

test('the accessibility statement works without login and takes feedback', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Saavutettavuusseloste' }).click();
  await expect(page).toHaveURL(/\/accessibility$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Saavutettavuusseloste' })).toBeVisible();
  await expect(page.getByText(/täyttää .* saavutettavuusvaatimukset osittain/)).toBeVisible();
  await expect(page.getByText('Tämä seloste on laadittu 24.11.2026.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Valvontaviranomainen' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Saavutettavuusvaatimukset\.fi/ })).toHaveAttribute(
    'href',
    'https://www.saavutettavuusvaatimukset.fi',
  );
  await expect(page).toHaveTitle('Saavutettavuusseloste – soku');

  await page.getByRole('button', { name: 'Lähetä palaute' }).click();
  await expect(page.getByLabel(/^Palautteesi/)).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel(/^Palautteesi/).fill('Testipalaute: kontrasti on hyvä.');
  await page.getByLabel(/^Yhteystietosi/).fill('testi@example.invalid');
  await page.getByRole('button', { name: 'Lähetä palaute' }).click();
  await expect(page.getByText('Kiitos! Palautteesi on lähetetty.')).toBeVisible();
  await expectAccessible(page, 'accessibility statement (fi, anonymous)');
});
