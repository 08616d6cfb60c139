import { defineConfig, devices } from '@playwright/test';

// The multi-instance test (test/scale/): starts its own PostgreSQL database (on the server of
// E2E_DATABASE_URL), Redis, two instances and nginx, so there is no webServer here. One worker:
// the instances are shared by the tests in order.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

export default defineConfig({
  testDir: 'test/scale',
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: { trace: 'retain-on-failure', launchOptions },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, launchOptions } }],
});
