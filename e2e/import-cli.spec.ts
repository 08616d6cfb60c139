import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startServer } from './helpers/extra-server';

const FIXTURE = path.join(process.cwd(), 'test', 'fixtures', 'wordpress', 'site.wxr.xml');
const TITLE = 'الانتخابات التشريعية في المغرب';

/** The fixture with its election story dated a minute ago, so it leads the home page once imported. */
function exportWithFreshStory(): string {
  const minuteAgo = new Date(Date.now() - 60_000);
  const gmt = minuteAgo.toISOString().slice(0, 19).replace('T', ' ');
  // The fixture's site runs at UTC+1.
  const local = new Date(minuteAgo.getTime() + 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
  const text = readFileSync(FIXTURE, 'utf8').replace('2024-05-12 14:30:00', local).replace('2024-05-12 13:30:00', gmt);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'midad-wxr-')), 'export.xml');
  writeFileSync(file, text);
  return file;
}

test.describe('WordPress import from the command line', () => {
  test.describe.configure({ timeout: 240_000 });

  test('a running server shows the imported story on its home page within 5 seconds of the import ending', async ({ browser }, testInfo) => {
    // A server and database of its own: the import changes what other flows find on the shared site.
    const server = await startServer(`import-cli-${testInfo.project.name}`, testInfo.project.name === 'desktop' ? 3369 : 3370);
    const context = await browser.newContext({ baseURL: server.base, viewport: testInfo.project.use.viewport });
    const page = await context.newPage();
    try {
      // The home page is served (and cached) before the import.
      await page.goto('/ar');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.getByRole('link', { name: TITLE })).toHaveCount(0);

      const run = spawnSync('npm', ['run', '-s', 'import:wordpress', '--', exportWithFreshStory()], {
        env: { ...process.env, DATABASE_URL: server.databaseUrl },
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain('Running servers refresh the public pages within seconds.');

      const ended = Date.now();
      await expect(async () => {
        await page.goto('/ar');
        await expect(page.getByRole('link', { name: TITLE }).first()).toBeVisible({ timeout: 500 });
      }).toPass({ timeout: 5000, intervals: [250] });
      expect(Date.now() - ended).toBeLessThan(5000);
    } finally {
      await context.close();
      server.stop();
    }
  });
});
