import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { withDb } from '../helpers/comments';

// #11.10: a tag typed on a draft is not public until a published article carries it: its page
// is a 404 and the sitemaps leave it out. A tag on a published article, made the same way, is
// public (so the checks can fail).

test('a tag only a draft carries has no public page and is not in the sitemap', async ({ request }) => {
  const run = randomBytes(4).toString('hex');
  await withDb(async (db) => {
    const section = await db.section.findFirstOrThrow({ where: { locale: 'ar' } });
    for (const status of ['draft', 'published']) {
      const tag = await db.tag.create({ data: { locale: 'ar', slug: `wasm-${status}-${run}`, name: `وسم ${status} ${run}` } });
      await db.article.create({
        data: {
          locale: 'ar',
          slug: `maqal-${status}-${run}`,
          title: `مقال ${status} ${run}`,
          body: '<p>نص.</p>',
          sectionId: section.id,
          status,
          publishedAt: status === 'published' ? new Date(Date.now() - 60_000) : null,
          tags: { create: { tagId: tag.id } },
        },
      });
    }
  });
  expect((await request.get(`/ar/tag/wasm-draft-${run}`)).status()).toBe(404);
  expect((await request.get(`/ar/tag/wasm-published-${run}`)).status()).toBe(200);
  const sitemap = await (await request.get('/sitemaps/tags.xml')).text();
  expect(sitemap).not.toContain(`wasm-draft-${run}`);
});
