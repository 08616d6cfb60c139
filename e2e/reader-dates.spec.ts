import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { BROWSER_UA, newAddress, withDb } from './helpers/comments';
import { seed, seedArticlePath } from './helpers/seed-article';

const slugOfSeed = decodeURIComponent(seedArticlePath.split('/').pop()!);

async function dateModifiedOf(html: string): Promise<string> {
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((match) => JSON.parse(match[1]!));
  const article = scripts.flatMap((item) => (Array.isArray(item) ? item : [item])).find((item) => 'dateModified' in item);
  return article.dateModified as string;
}

test('twenty readers leave the seed article as it was published in 2023', async ({ request, page, baseURL }) => {
  const before = await withDb((db) => db.article.findFirstOrThrow({ where: { locale: 'ar', slug: slugOfSeed }, select: { id: true, viewsTotal: true, updatedAt: true } }));
  for (let reader = 0; reader < 20; reader++) {
    const response = await request.post('/api/views', {
      data: JSON.stringify({ id: before.id }),
      headers: { 'content-type': 'text/plain', origin: baseURL!, 'user-agent': BROWSER_UA, 'x-forwarded-for': newAddress() },
    });
    expect(response.status()).toBe(202);
  }
  const counted = () => withDb((db) => db.article.findUniqueOrThrow({ where: { id: before.id }, select: { viewsTotal: true, updatedAt: true } }));
  await expect.poll(async () => (await counted()).viewsTotal, { timeout: 15_000 }).toBeGreaterThanOrEqual(before.viewsTotal + 20);
  expect((await counted()).updatedAt.toISOString()).toBe(before.updatedAt.toISOString());
  expect(new Date(before.updatedAt).getTime()).toBe(new Date(seed.publishedAt).getTime());

  const html = await (await request.get(seedArticlePath, { headers: { 'user-agent': BROWSER_UA } })).text();
  expect(new Date(await dateModifiedOf(html)).getTime()).toBe(new Date(seed.publishedAt).getTime());
  await page.goto(seedArticlePath);
  await expect(page.getByText('نشرت في', { exact: false })).toBeVisible();
  await expect(page.getByText('حدثت في')).toHaveCount(0);
});

test('an article edited after publication says when, in Moroccan time', async ({ page }) => {
  const slug = `hadathat-${randomBytes(5).toString('hex')}`;
  await withDb(async (db) => {
    const section = await db.section.findFirstOrThrow({ where: { locale: 'ar' } });
    await db.article.create({
      data: {
        locale: 'ar', slug, title: `مقال عدل بعد نشره ${slug}`, body: '<p>نص.</p>', sectionId: section.id, status: 'published',
        publishedAt: new Date('2025-06-10T08:00:00Z'), updatedAt: new Date('2025-06-11T13:05:00Z'),
      },
    });
  });
  await page.goto(`/ar/news/${slug}`);
  // 13:05 UTC is 14:05 in Casablanca on that day (UTC+1 outside Ramadan).
  await expect(page.getByText(/حدثت في 11 يونيو 2025.*14:05/)).toBeVisible();
});
