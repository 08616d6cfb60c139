import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startServer } from './helpers/extra-server';
import { adminNav, createUser, signIn } from './helpers/users';

const FIXTURE = path.join(process.cwd(), 'test', 'fixtures', 'wordpress', 'site.wxr.xml');
const SLUG = 'الانتخابات-التشريعية-في-المغرب';

test.describe('WordPress import', () => {
  test.describe.configure({ timeout: 150_000 });

  test('an admin uploads an export, follows the import and reads the report; old links then answer 301', async ({ browser }, testInfo) => {
    // A server and database of its own: the imported sections, tags and articles would change what
    // the other flows find on the shared site.
    const server = await startServer(`import-${testInfo.project.name}`, testInfo.project.name === 'desktop' ? 3365 : 3366);
    const context = await browser.newContext({ baseURL: server.base, viewport: testInfo.project.use.viewport });
    const page = await context.newPage();
    const request = context.request;
    try {
      const admin = createUser('admin', 'مديرة الموقع', server.databaseUrl);
      await signIn(page, admin);
      await (await adminNav(page)).getByRole('link', { name: 'الاستيراد' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('استيراد من ووردبريس');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

      // Nothing chosen: the browser's own check stops the form; a junk file gets a clear report.
      await page.getByLabel('ملف التصدير (WXR)').setInputFiles({ name: 'notes.xml', mimeType: 'text/xml', buffer: Buffer.from('<html><body>x</body></html>') });
      await page.getByRole('button', { name: 'ابدأ الاستيراد' }).click();
      await expect(page.getByText('توقف الاستيراد: الملف ليس تصديرا من ووردبريس.')).toBeVisible();

      await page.getByLabel('ملف التصدير (WXR)').setInputFiles(FIXTURE);
      await page.getByRole('button', { name: 'ابدأ الاستيراد' }).click();
      await expect(page.getByText('اكتمل الاستيراد.')).toBeVisible({ timeout: 60_000 });
      const posts = page.getByRole('row', { name: /^مقالات/ });
      await expect(posts.getByRole('cell').nth(0)).toHaveText('5');
      await expect(page.getByRole('row', { name: /^تعليقات/ }).getByRole('cell').nth(0)).toHaveText('5');
      await expect(page.getByText('الصفحات الثابتة لا تُستورد')).toBeVisible();
      await expect(page.getByText('الإشارات والتعقيبات ليست تعليقات')).toBeVisible();

      // The imported article is public, and its old addresses lead to it with a 301.
      const old = await request.get(`/2024/05/12/${encodeURIComponent(SLUG)}/`, { maxRedirects: 0 });
      expect(old.status()).toBe(301);
      expect(old.headers()['location']).toBe(`/ar/news/${encodeURIComponent(SLUG)}`);
      expect((await request.get('/?p=102', { maxRedirects: 0 })).status()).toBe(301);
      await page.goto(`/ar/news/${encodeURIComponent(SLUG)}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('الانتخابات التشريعية في المغرب');
      await expect(page.getByText('قاعة الجلسات العامة في الرباط')).toBeVisible();
      // An unknown old link still gets the localized 404.
      expect((await request.get('/2024/05/12/no-such-post/', { maxRedirects: 0 })).status()).not.toBe(301);
    } finally {
      await context.close();
      server.stop();
    }
  });

  test('an editor does not see or reach the Import screen', async ({ page }) => {
    const editor = createUser('editor', 'محرر عادي');
    await signIn(page, editor);
    await expect((await adminNav(page)).getByRole('link', { name: 'الاستيراد' })).toHaveCount(0);
    const response = await page.goto('/ar/admin/import');
    expect(response?.status()).toBe(404);
    const api = await page.request.get('/api/admin/import?locale=ar');
    expect(api.status()).toBe(403);
    expect((await api.json()).error).toBe('الاستيراد للمديرين فقط.');
  });
});
