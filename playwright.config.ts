import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT || 3200);
// Debian's Chromium: Playwright cannot download its own browser here.
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const launchOptions = {
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, launchOptions } },
    {
      name: 'phone',
      // The security suite checks HTTP answers, markup and database writes: a phone viewport changes
      // nothing there (its sign-in, throttling and account pages do run on the phone). Nor for the page
      // caches (front cache and nginx), which are HTTP answers too.
      testIgnore: [
        '**/security.spec.ts',
        '**/security/{action-guard,bodies,client-mistakes,draft-tags,headers,upload-limits,xss-content}.spec.ts',
        '**/front-cache.spec.ts',
        '**/page-cache*.spec.ts',
        '**/home-flags.spec.ts',
      ],
      use: { ...devices['Pixel 5'], viewport: { width: 360, height: 740 }, launchOptions },
    },
  ],
  webServer: {
    command: 'npx tsx scripts/e2e-server.ts',
    url: `http://localhost:${port}/ar`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    // Short view windows so the most-viewed flow can watch a ranking change.
    env: { MOST_VIEWED_REFRESH_SECONDS: '2', VIEWS_FLUSH_MS: '200', VIEWS_RATE_LIMIT_PER_MINUTE: '1000' },
  },
});
