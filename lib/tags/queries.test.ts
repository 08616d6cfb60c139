import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { listingSitemapEntries } from '@/lib/sitemaps/queries';
import { getTag } from './queries';

// #11.10: a tag typed on a contributor's draft is not public until a published article carries
// it. The same tag on a published article is public, so the check can fail both ways.
describe('public tags', () => {
  it('has no page or sitemap entry for a tag only a draft carries, and both for a published article’s tag', async () => {
    const run = randomBytes(4).toString('hex');
    const section = await db.section.create({ data: { locale: 'ar', slug: `qism-${run}`, name: `قسم ${run}` } });
    for (const status of ['draft', 'published'] as const) {
      const tag = await db.tag.create({ data: { locale: 'ar', slug: `wasm-${status}-${run}`, name: `وسم ${status}` } });
      await db.article.create({
        data: {
          locale: 'ar',
          slug: `maqal-${status}-${run}`,
          title: `مقال ${status}`,
          body: '<p>نص.</p>',
          sectionId: section.id,
          status,
          publishedAt: status === 'published' ? new Date(Date.now() - 60_000) : null,
          tags: { create: { tagId: tag.id } },
        },
      });
    }
    expect(await getTag('ar', `wasm-draft-${run}`)).toBeNull();
    expect(await getTag('ar', `wasm-published-${run}`)).toMatchObject({ slug: `wasm-published-${run}` });
    const listed: string[] = [];
    for await (const entry of listingSitemapEntries('tags')) listed.push(JSON.stringify(entry));
    expect(listed.some((entry) => entry.includes(`wasm-published-${run}`))).toBe(true);
    expect(listed.some((entry) => entry.includes(`wasm-draft-${run}`))).toBe(false);
  });
});
