import { expect, test, type Browser, type Page } from '@playwright/test';
import { createDb } from '../lib/db/client';
import { seedArticlePath } from './helpers/seed-article';
import { startServer } from './helpers/extra-server';
import { e2eDatabaseUrl } from './helpers/users';

// The e2e server flushes views every 200 ms and lets the ranking be 2 s old (playwright.config.ts).
const REFRESH_MS = 2_000;
const SETTLE_MS = 1_500;

// Each flow opens a dozen pages in several browser contexts; allow for a busy machine.
test.describe.configure({ timeout: 180_000 });

const db = createDb(e2eDatabaseUrl());
test.afterAll(() => db.$disconnect());

type Target = { id: number; slug: string; title: string };

/** Published Arabic articles, newest first, skipping the seed article other flows read. */
async function articles(from: Db = db): Promise<Target[]> {
  return from.article.findMany({
    where: { locale: 'ar', status: 'published', NOT: { slug: { startsWith: decodeURIComponent(seedArticlePath.split('/').pop()!) } } },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    select: { id: true, slug: true, title: true },
  });
}

type Db = ReturnType<typeof createDb>;
const viewsOf = async (id: number, from: Db = db) =>
  (await from.article.findUniqueOrThrow({ where: { id }, select: { viewsTotal: true } })).viewsTotal;
const pathOf = (article: Target, base = '') => `${base}/ar/news/${encodeURIComponent(article.slug)}`;

/** Opens an article and waits until the server has accepted its view beacon. */
async function read(page: Page, article: Target, reload = false, base = '') {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().endsWith('/api/views'));
  if (reload) await page.reload();
  else await page.goto(pathOf(article, base));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
  // 202 every time: a reload is refused as a duplicate by the counter, not lost on the way.
  expect((await answered).status()).toBe(202);
}

/**
 * A reader of their own: a separate browser context from its own network address (the servers
 * trust X-Forwarded-For here). A user agent alone does not make another reader.
 */
let readers = 0;
async function reader(browser: Browser, name: string) {
  readers += 1;
  const context = await browser.newContext({
    userAgent: `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36 Reader/${name}`,
    extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${readers}` },
  });
  return { context, page: await context.newPage() };
}

test('three readers of X and one of Y: after the refresh window the sidebar ranks X first', async ({ browser }, testInfo) => {
  // A server and database of its own: other flows read articles too, and the ranking must
  // reflect exactly these four readers.
  Object.assign(process.env, { MOST_VIEWED_REFRESH_SECONDS: '2', VIEWS_FLUSH_MS: '200', VIEWS_RATE_LIMIT_PER_MINUTE: '1000', TRUSTED_PROXIES: 'loopback' });
  const server = await startServer(`views-${testInfo.project.name}`, testInfo.project.name === 'desktop' ? 3361 : 3362);
  const own = createDb(server.databaseUrl);
  try {
    const [x, y] = (await articles(own)).slice(8, 10) as [Target, Target];
    for (const name of ['one', 'two', 'three']) {
      const { context, page } = await reader(browser, name);
      await read(page, x, false, server.base);
      if (name === 'one') await read(page, y, false, server.base);
      await context.close();
    }
    await expect.poll(() => viewsOf(x.id, own), { timeout: 10_000 }).toBe(3);
    await expect.poll(() => viewsOf(y.id, own)).toBe(1);

    await new Promise((resolve) => setTimeout(resolve, REFRESH_MS + 500));
    const { context, page } = await reader(browser, 'onlooker');
    // Home, a section and another article (reading X or Y here would add to their counts).
    const other = (await articles(own))[16]!;
    for (const path of ['/ar', '/ar/section/politics', pathOf(other)]) {
      await page.goto(`${server.base}${path}`);
      const sidebar = page.getByRole('region', { name: 'الأكثر مشاهدة' });
      await expect(sidebar.getByRole('tab', { name: '24 ساعة' })).toHaveAttribute('aria-selected', 'true');
      await expect(sidebar.getByRole('listitem').first()).toHaveText(`1${x.title}`);
      await expect(sidebar.getByRole('listitem').filter({ hasText: y.title })).toBeVisible();
      await sidebar.getByRole('tab', { name: '7 أيام' }).click();
      await expect(sidebar.getByRole('listitem').first()).toHaveText(`1${x.title}`);
    }
    await context.close();
  } finally {
    server.stop();
    await own.$disconnect();
  }
});

test('reloading an article ten times from one reader adds one view', async ({ browser }, testInfo) => {
  // Each project reads its own article, so the two runs do not count into each other.
  const z = (await articles())[testInfo.project.name === 'desktop' ? 10 : 11]!;
  const before = await viewsOf(z.id);
  const { context, page } = await reader(browser, `reloader-${testInfo.project.name}`);
  await read(page, z);
  for (let i = 1; i < 10; i++) await read(page, z, true);
  await expect.poll(() => viewsOf(z.id), { timeout: 10_000 }).toBe(before + 1);
  await page.waitForTimeout(SETTLE_MS);
  expect(await viewsOf(z.id)).toBe(before + 1);
  await context.close();
});

test('articles in view or hovered are neither fetched nor counted: only opening one counts', async ({ page }) => {
  // Reading pages link with plain anchors: nothing asks for an article before the reader opens it
  // (a router prefetch would have reached Next for every link in view).
  const fetched: string[] = [];
  const beacons: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/views')) beacons.push(request.url());
    const pathname = decodeURIComponent(new URL(request.url()).pathname);
    if (pathname.startsWith('/ar/news/')) fetched.push(pathname);
  });
  await page.goto('/ar');
  await page.getByRole('main').locator('a[href*="/news/"]').nth(1).hover();
  await page.waitForTimeout(SETTLE_MS);
  // Only the beacon counts a view (lib/views/beacon.ts), and nothing was sent.
  expect(fetched).toEqual([]);
  expect(beacons).toEqual([]);

  await page.getByRole('main').locator('a[href*="/news/"]').nth(1).click();
  await expect.poll(() => beacons.length, { timeout: 10_000 }).toBe(1);
});
