import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { createArticles } from '@/test/helpers/views';

// Unpublished means gone: once the unpublish has refreshed what it touched, no public read names
// the article — most viewed (kept in memory between reads), related blocks, listings, feeds,
// sitemaps and /api/views/top. revalidateTag goes to the real cache handler, as in the server.

const handler = vi.hoisted(() => ({ current: null as null | { revalidateTag(tags: string[], durations?: { expire?: number }): Promise<void> } }));
vi.mock('next/cache', () => ({
  revalidateTag: (tag: string, profile?: { expire?: number }) => void handler.current?.revalidateTag([tag], profile),
  unstable_cache: (fn: () => unknown) => fn,
}));

const { default: CacheHandler } = await import('@/lib/cache/handler.mjs');
const { getArticleSnapshot } = await import('@/lib/articles/snapshot');
const { revalidateArticleChange } = await import('./revalidate');
const { getPublishedArticle, listLatestArticles, listRelatedArticles, listSectionArticles } = await import('@/lib/articles/queries');
const { listMostViewed } = await import('@/lib/views/queries');
const { hourOf } = await import('@/lib/views/config');
const { listFeedItems } = await import('@/lib/feeds/queries');
const { articleSitemapEntries, newsSitemapEntries } = await import('@/lib/sitemaps/queries');
const { GET: topViews } = await import('@/app/api/views/top/route');

let gone: { id: number; slug: string; title: string };
let other: { id: number; slug: string };
let sectionSlug: string;

async function collect(entries: AsyncGenerator<string>) {
  let text = '';
  for await (const chunk of entries) text += chunk;
  return text;
}

/** Everything public that could name an article, as one text to search. */
async function publicText() {
  const otherArticle = await getPublishedArticle('ar', other.slug);
  const [mostViewed, related, latest, section, feed, sitemap, news, top] = await Promise.all([
    listMostViewed('ar'),
    listRelatedArticles(otherArticle!),
    listLatestArticles('ar', 20),
    listSectionArticles('ar', sectionSlug, 1),
    listFeedItems('ar', { kind: 'site' }),
    collect(articleSitemapEntries(1)),
    collect(newsSitemapEntries()),
    topViews(new Request('http://localhost/api/views/top?locale=ar')).then((response) => response.text()),
  ]);
  return JSON.stringify({ mostViewed, related, latest, section, feed }) + sitemap + news + top;
}

beforeAll(async () => {
  handler.current = new CacheHandler();
  const { published } = await createArticles(2);
  const [first, second] = published as [(typeof published)[0], (typeof published)[0]];
  gone = { id: first.id, slug: first.slug, title: 'خبر سيُسحب' };
  other = { id: second.id, slug: second.slug };
  await db.article.update({ where: { id: gone.id }, data: { title: gone.title, slug: `${first.slug}-gone` } });
  gone.slug = `${first.slug}-gone`;
  sectionSlug = (await db.section.findUniqueOrThrow({ where: { id: first.sectionId } })).slug;
  // The article to be unpublished is the most viewed of the day.
  await db.viewBucket.create({ data: { articleId: gone.id, hour: hourOf(new Date()), count: 50 } });
  await db.article.update({ where: { id: gone.id }, data: { viewsTotal: 50 } });
});

describe('an unpublished article', () => {
  it('is named everywhere while published (the reads this test watches do show it)', async () => {
    const text = await publicText();
    expect(text).toContain(gone.title);
    expect(text).toContain(gone.slug);
  });

  it('is named nowhere once its unpublish has returned, although most viewed was kept in memory', async () => {
    const before = await getArticleSnapshot(gone.id);
    await db.article.update({ where: { id: gone.id }, data: { status: 'unpublished' } });
    // Without the refresh the kept ranking would still name it.
    expect(JSON.stringify(await listMostViewed('ar'))).toContain(gone.title);
    await revalidateArticleChange(before, await getArticleSnapshot(gone.id));
    const text = await publicText();
    expect(text).not.toContain(gone.title);
    expect(text).not.toContain(gone.slug);
  });

  it('is named nowhere once deleted', async () => {
    await db.article.update({ where: { id: gone.id }, data: { status: 'published' } });
    const before = await getArticleSnapshot(gone.id);
    await revalidateArticleChange(null, before);
    expect(JSON.stringify(await listMostViewed('ar'))).toContain(gone.title);
    await db.viewBucket.deleteMany({ where: { articleId: gone.id } });
    await db.article.delete({ where: { id: gone.id } });
    await revalidateArticleChange(before, null);
    const text = await publicText();
    expect(text).not.toContain(gone.title);
  });
});
