// End-to-end tests against a running soku server (which serves web/dist and the API). The server
// and its demo data are started outside: SOKU_E2E_URL says where (default http://127.0.0.1:8080).
// Debian's Chromium is used; Playwright never downloads a browser here.
import { defineConfig, devices } from '@playwright/test';

const baseURL = process.env.SOKU_E2E_URL ?? 'http://127.0.0.1:8080';
const executablePath = process.env.SOKU_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e',
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
