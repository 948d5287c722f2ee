// The language switch (before and after login) changes the visible texts and <html lang>, and the
// choice survives a reload.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { login } from './helpers';

async function switchTo(page: Page, current: RegExp, target: string) {
  await page.getByRole('button', { name: current }).click();
  await page.getByRole('menuitem', { name: target }).click();
}

test('the login page speaks Swedish and English before login', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');

  await switchTo(page, /Suomeksi \(FI\)/, 'På svenska (SV)');
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  await expect(page.getByLabel('Användarnamn')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page).toHaveTitle('Logga in – soku');

  await switchTo(page, /På svenska \(SV\)/, 'In English (EN)');
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
  await expect(page.getByLabel('Password')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // kept across a reload
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
  await switchTo(page, /In English \(EN\)/, 'Suomeksi (FI)');
  await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();
});

test('a logged-in worker switches to Swedish and English', async ({ page }) => {
  await login(page, 'social_worker');
  await page.goto('/clients');
  await expect(page.getByRole('heading', { level: 1, name: 'Asiakkaat' })).toBeVisible();

  await switchTo(page, /Suomeksi \(FI\)/, 'På svenska (SV)');
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  await expect(nav.getByRole('link', { name: 'Klienter' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Klienter' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ny klient' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
  await expect(page).toHaveTitle('Klienter – soku');

  await switchTo(page, /På svenska \(SV\)/, 'In English (EN)');
  await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Clients' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New client' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();

  await switchTo(page, /In English \(EN\)/, 'Suomeksi (FI)');
  await expect(page.getByRole('heading', { level: 1, name: 'Asiakkaat' })).toBeVisible();
});
