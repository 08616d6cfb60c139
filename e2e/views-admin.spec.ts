import { expect, test } from '@playwright/test';
import { createDb } from '../lib/db/client';
import { newAddress } from './helpers/comments';
import { createUser, e2eDatabaseUrl, signIn } from './helpers/users';

const SETTLE_MS = 1_500;
// Sign-in, two readers and the stats page; allow for a busy machine.
test.describe.configure({ timeout: 180_000 });

const db = createDb(e2eDatabaseUrl());
test.afterAll(() => db.$disconnect());

test('staff reading an article count nothing; editors see its views on the stats page', async ({ page, browser }, testInfo) => {
  // Its own article per project, away from the ones the most-viewed flow reads.
  const article = (
    await db.article.findMany({
      where: { locale: 'ar', status: 'published' },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      select: { id: true, slug: true, title: true },
    })
  )[testInfo.project.name === 'desktop' ? 14 : 15]!;
  const path = `/ar/news/${encodeURIComponent(article.slug)}`;
  const viewsNow = async () => (await db.article.findUniqueOrThrow({ where: { id: article.id } })).viewsTotal;
  const before = await viewsNow();

  const editor = createUser('editor');
  await signIn(page, editor);
  const answer = page.waitForResponse((response) => response.url().endsWith('/api/views'));
  await page.goto(path);
  // The browser cannot tell a staff preview from a reader; the server answers "not counted".
  expect((await answer).status()).toBe(204);
  await page.waitForTimeout(SETTLE_MS);
  expect(await viewsNow()).toBe(before);

  // A reader of its own address: readers are told apart by address, and other flows read from loopback.
  const reader = await browser.newContext({
    userAgent: `Mozilla/5.0 Chrome/140.0 Safari/537.36 StatsReader/${testInfo.project.name}`,
    extraHTTPHeaders: { 'x-forwarded-for': newAddress() },
  });
  const readerPage = await reader.newPage();
  const counted = readerPage.waitForResponse((response) => response.url().endsWith('/api/views'));
  await readerPage.goto(path);
  expect((await counted).status()).toBe(202);
  await reader.close();
  await expect.poll(viewsNow, { timeout: 10_000 }).toBe(before + 1);

  await page.goto('/ar/admin/stats');
  await expect(page.getByRole('heading', { level: 1, name: 'الأكثر مشاهدة' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: article.title });
  // Columns: rank, article, 24 hours, 7 days, total.
  await expect(row.getByRole('cell').nth(2)).toHaveText(String(before + 1));
  await expect(row.getByRole('cell').nth(3)).toHaveText(String(before + 1));
  await expect(row.getByRole('cell').nth(4)).toHaveText(String(before + 1));
  await page.getByRole('navigation', { name: 'الفترة' }).getByRole('link', { name: 'منذ البداية' }).click();
  await expect(page).toHaveURL(/window=all/);
  await expect(page.getByRole('row').filter({ hasText: article.title })).toBeVisible();
});
