import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { expect, request as playwrightRequest, test, type Page } from '@playwright/test';
import { withE2eDb } from './helpers/db';
import { readAsVisitor, takeStep, writeArticle } from './helpers/newsroom';
import { createUser, signIn } from './helpers/users';

// The page cache: bounded whatever the URL (nothing on disk, no 404 kept), and an unpublished
// article gone from every public page the moment the unpublish returns. Server-side flows: the
// desktop project runs them (playwright.config.ts), a phone viewport would change nothing.

test.describe.configure({ timeout: 240_000 });

const ROUTE_CACHE = path.join('.next', 'server', 'route-cache');

/** Files and bytes under a folder (none when it does not exist). */
function footprint(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        files += 1;
        bytes += statSync(full).size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}

test('2,000 distinct unknown URLs are answered 404 in Arabic and written nowhere', async ({ request }) => {
  // Each 404 is a real render (header, sections, footer): minutes on a busy two-core machine.
  test.setTimeout(900_000);
  const started = Date.now();
  const before = footprint(ROUTE_CACHE);
  const kinds = [
    (n: string) => `/ar/news/${n}`,
    (n: string) => `/ar/tag/${n}`,
    (n: string) => `/ar/author/${n}`,
    (n: string) => `/ar/section/${n}`,
    (n: string) => `/ar/section/politics/${100000 + Number.parseInt(n.slice(0, 4), 16)}`,
    (n: string) => `/ar/${n}.php`,
    (n: string) => `/ar/news/${encodeURIComponent('خبر')}-${n}`,
  ];
  const urls = Array.from({ length: 2000 }, (_, index) => kinds[index % kinds.length]!(`${randomBytes(6).toString('hex')}${index}`));
  const statuses = new Map<number, number>();
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < urls.length) {
        const url = urls[next++]!;
        const response = await request.get(url, { maxRedirects: 0 });
        statuses.set(response.status(), (statuses.get(response.status()) ?? 0) + 1);
      }
    }),
  );
  console.log(`2,000 unknown URLs answered in ${Math.round((Date.now() - started) / 1000)} s`);
  expect(Object.fromEntries(statuses)).toEqual({ 404: 2000 });
  // Not one file more on disk; and the site still answers its real pages.
  expect(footprint(ROUTE_CACHE)).toEqual(before);
  const home = await request.get('/ar');
  expect(home.status()).toBe(200);
  const missing = await request.get(urls[0]!);
  expect(await missing.text()).toContain('الصفحة غير موجودة');
});

test('a path segment over 200 bytes with a dot is a 404 page, not a server error', async ({ request }) => {
  for (const url of [
    `/ar/news/${'a'.repeat(240)}.html`,
    `/ar/${encodeURIComponent('ب'.repeat(120))}.txt`,
    `/ar/tag/${'x'.repeat(300)}.json`,
  ]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(404);
    expect(await response.text()).toContain('الصفحة غير موجودة');
  }
});

/** The sidebar as a reader sees it once its fresh ranking has arrived. */
async function sidebarText(page: Page, url: string) {
  const fresh = page.waitForResponse((response) => response.url().includes('/api/views/top'));
  await page.goto(url);
  await fresh;
  const sidebar = page.getByRole('region', { name: 'الأكثر مشاهدة' });
  await expect(sidebar.getByRole('tab', { name: '24 ساعة' })).toBeVisible();
  return sidebar;
}

test('an unpublished article is gone at once from every public page, feed, sitemap and most-viewed list', async ({ page, browser, baseURL }) => {
  const reader = await playwrightRequest.newContext({ baseURL });
  const tag = randomBytes(3).toString('hex');
  await signIn(page, createUser('editor', 'سلمى المحررة'));

  const title = `خبر يسحب بعد نشره ${tag}`;
  const id = await writeArticle(page, { title, body: 'نص خبر سيسحب من النشر بعد أن يقرأه الناس.' });
  await takeStep(page, 'نشر الآن', 'منشور');
  const slug = await page.getByLabel('الرابط المختصر').inputValue();
  const articlePath = `/ar/news/${encodeURIComponent(slug)}`;

  // Read by many: a burst of today's views puts it at the top of the most-viewed lists.
  await withE2eDb(async (db) => {
    const hour = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
    await db.viewBucket.create({ data: { articleId: id, hour, count: 100_000 } });
    await db.article.update({ where: { id }, data: { viewsTotal: 100_000 } });
  });
  const other = await withE2eDb((db) =>
    db.article.findFirstOrThrow({
      where: { locale: 'ar', status: 'published', section: { slug: 'politics' }, NOT: { id } },
      orderBy: { publishedAt: 'desc' },
      select: { slug: true, title: true },
    }),
  );
  const otherPath = `/ar/news/${encodeURIComponent(other.slug)}`;

  // Everywhere while published (each of these pages is now in the cache).
  await expect.poll(async () => (await reader.get('/api/views/top?locale=ar')).text(), { timeout: 15_000 }).toContain(title);
  const publicPages = ['/ar', '/ar/section/politics', otherPath, '/feeds/ar/rss.xml', '/sitemaps/news.xml'];
  for (const url of publicPages) expect((await readAsVisitor(reader, url)).html, url).toContain(title);
  expect((await readAsVisitor(reader, '/sitemaps/articles/1.xml')).html).toContain(encodeURIComponent(slug));
  const visitor = await browser.newContext();
  const visitorPage = await visitor.newPage();
  await expect(await sidebarText(visitorPage, otherPath)).toContainText(title);
  await expect(visitorPage.getByRole('region', { name: 'مقالات ذات صلة' })).toContainText(title);

  await page.goto(`/ar/admin/articles/${id}`);
  await takeStep(page, 'سحب من النشر', 'سُحب من النشر');

  // The very first requests after the unpublish returned.
  expect([404, 410]).toContain((await readAsVisitor(reader, articlePath)).status);
  expect(await (await reader.get('/api/views/top?locale=ar')).text()).not.toContain(title);
  for (const url of publicPages) expect((await readAsVisitor(reader, url)).html, url).not.toContain(title);
  expect((await readAsVisitor(reader, '/sitemaps/articles/1.xml')).html).not.toContain(encodeURIComponent(slug));
  for (const url of ['/ar', '/ar/section/politics', otherPath]) {
    await expect(await sidebarText(visitorPage, url)).not.toContainText(title);
  }
  await expect(visitorPage.getByRole('heading', { level: 1 })).toHaveText(other.title);
  await expect(visitorPage.getByText(title)).toHaveCount(0);
  await visitor.close();
  await reader.dispose();
});
