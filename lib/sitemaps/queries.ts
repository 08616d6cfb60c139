import 'server-only';
import { env } from '@/env';
import { routing } from '@/i18n/routing';
import { liveSql, publishedWhere } from '@/lib/articles/status';
import { db } from '@/lib/db';
import { rawParams } from '@/lib/db/raw-params';
import { isoWithOffset } from '@/lib/seo/dates';
import { absoluteUrl, crawlerPaths } from '@/lib/urls';
import { pathTo } from '@/lib/url-paths';
import { newsEntry, sitemapEntry, urlEntry } from './xml';

// Sitemap reads. Article sitemaps are id ranges of SITEMAP_LIMIT ids, so a chunk never holds more
// than the limit and its number never shifts when articles are added. A chunk is read in fixed
// batches of BATCH_SIZE ids (a primary-key range each, no OFFSET, one batch in memory at a time);
// fixed ranges give each batch a stable name, so lib/sitemaps/cached.ts can keep them.

export const SITEMAP_LIMIT = 50_000;
export const BATCH_SIZE = 1_000;
export const BATCHES_PER_CHUNK = SITEMAP_LIMIT / BATCH_SIZE;
/** Google News takes articles of the last two days, at most 1,000 per sitemap. */
export const NEWS_WINDOW_MS = 48 * 3_600_000;
export const NEWS_LIMIT = 1_000;

/** A non-empty article chunk and the newest modification in it. */
export type ArticleChunk = { chunk: number; lastmod: string | undefined };

/**
 * Every non-empty article chunk with its newest modification. lib/sitemaps/cached.ts keeps the
 * result until a change, and a change comes with every publication: so each chunk's newest live
 * change is one step down an index on (chunk number, updatedAt) (migration
 * sitemap_chunk_lastmod; the index's expression is `("id" - 1) / 50000`, SITEMAP_LIMIT), where
 * a MAX over the chunk's ids read all 50,000 of its index entries.
 */
export async function listArticleChunks(now: Date = new Date()): Promise<ArticleChunk[]> {
  // The highest id of all, one step down the primary key (Prisma's aggregate wraps MAX in a
  // subquery that reads every row); blocks past the last published article come out empty below.
  const [highest] = await db.$queryRaw<{ id: number | bigint | null }[]>`SELECT MAX("id") AS "id" FROM "Article"`;
  const chunks: ArticleChunk[] = [];
  for (let chunk = 1; chunk <= Math.ceil(Number(highest?.id ?? 0) / SITEMAP_LIMIT); chunk++) {
    const { params, bind } = rawParams();
    const [newest] = await db.$queryRawUnsafe<{ updatedAt: Date | string }[]>(
      `SELECT "updatedAt" FROM "Article"
       WHERE ("id" - 1) / ${SITEMAP_LIMIT} = ${bind(chunk - 1)}
         AND ${liveSql((name) => `"${name}"`, bind, now)}
       ORDER BY "updatedAt" DESC LIMIT 1`,
      ...params,
    );
    if (!newest) continue;
    chunks.push({ chunk, lastmod: isoWithOffset(new Date(newest.updatedAt)) });
  }
  return chunks;
}

/** The sitemap index: one entry per non-empty article chunk, then the listings and news. */
export async function* sitemapIndexEntries(
  now: Date = new Date(),
  readChunks: (now: Date) => Promise<ArticleChunk[]> = listArticleChunks,
): AsyncGenerator<string> {
  for (const { chunk, lastmod } of await readChunks(now)) {
    yield sitemapEntry({ loc: absoluteUrl(crawlerPaths.articleSitemap(chunk)), lastmod });
  }
  for (const kind of ['sections', 'authors', 'tags'] as const) {
    yield sitemapEntry({ loc: absoluteUrl(crawlerPaths.listingSitemap(kind)) });
  }
  yield sitemapEntry({ loc: absoluteUrl(crawlerPaths.newsSitemap()) });
}

/** Whether an article chunk number names a range that could hold articles. */
export function isChunkNumber(chunk: number): boolean {
  return Number.isSafeInteger(chunk) && chunk >= 1 && chunk <= 100_000;
}

/** The <url> entries of one batch of a chunk: published articles whose ids fall in its range. */
export async function articleSitemapBatch(chunk: number, batch: number, now: Date = new Date()): Promise<string> {
  const from = (chunk - 1) * SITEMAP_LIMIT + batch * BATCH_SIZE;
  const rows = await db.article.findMany({
    where: { AND: [{ id: { gt: from, lte: from + BATCH_SIZE } }, publishedWhere(now)] },
    orderBy: { id: 'asc' },
    select: { id: true, locale: true, slug: true, updatedAt: true, publishedAt: true },
  });
  return rows
    .map((row) => {
      const modified = row.publishedAt && row.publishedAt > row.updatedAt ? row.publishedAt : row.updatedAt;
      return urlEntry({ loc: absoluteUrl(pathTo({ pathname: '/news/[slug]', params: { slug: row.slug } }, { locale: row.locale })), lastmod: isoWithOffset(modified) });
    })
    .join('');
}

export async function* articleSitemapEntries(
  chunk: number,
  now: Date = new Date(),
  readBatch: (chunk: number, batch: number, now: Date) => Promise<string> = articleSitemapBatch,
): AsyncGenerator<string> {
  for (let batch = 0; batch < BATCHES_PER_CHUNK; batch++) {
    const entries = await readBatch(chunk, batch, now);
    if (entries) yield entries;
  }
}

/** Home pages, then sections, authors or tags that have at least one published article. */
export async function* listingSitemapEntries(kind: 'sections' | 'authors' | 'tags', now = new Date()) {
  if (kind === 'sections') {
    for (const locale of routing.locales) yield urlEntry({ loc: absoluteUrl(pathTo('/', { locale })) });
  }
  for (const locale of routing.locales) {
    let cursor = 0;
    for (;;) {
      const rows = await listingBatch(kind, locale, cursor, now);
      if (rows.length === 0) break;
      yield rows.map((row) => urlEntry({ loc: absoluteUrl(pathOf(kind, locale, row.slug)) })).join('');
      cursor = rows[rows.length - 1]!.id;
      if (rows.length < BATCH_SIZE) break;
    }
  }
}

function pathOf(kind: 'sections' | 'authors' | 'tags', locale: string, slug: string): string {
  const pathname = ({ sections: '/section/[slug]', authors: '/author/[slug]', tags: '/tag/[slug]' } as const)[kind];
  return pathTo({ pathname, params: { slug } }, { locale });
}

function listingBatch(kind: 'sections' | 'authors' | 'tags', locale: string, cursor: number, now: Date) {
  const page = { orderBy: { id: 'asc' as const }, select: { id: true, slug: true }, take: BATCH_SIZE };
  const published = { ...publishedWhere(now), locale };
  if (kind === 'sections') {
    return db.section.findMany({ ...page, where: { id: { gt: cursor }, locale, articles: { some: published } } });
  }
  if (kind === 'tags') {
    return db.tag.findMany({ ...page, where: { id: { gt: cursor }, locale, articles: { some: { article: published } } } });
  }
  // Author pages exist in every edition; list them where the author has written.
  return db.author.findMany({ ...page, where: { id: { gt: cursor }, articles: { some: { article: published } } } });
}

/** Articles published in the last 48 hours, newest first. */
export async function* newsSitemapEntries(now: Date = new Date()): AsyncGenerator<string> {
  const rows = await db.article.findMany({
    // Naming the editions lets the database walk its (locale, status, publishedAt) index
    // instead of scanning every article for the last two days.
    where: {
      AND: [
        publishedWhere(now),
        { locale: { in: [...routing.locales] }, publishedAt: { gte: new Date(now.getTime() - NEWS_WINDOW_MS) } },
      ],
    },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    select: { locale: true, slug: true, title: true, publishedAt: true },
    take: NEWS_LIMIT,
  });
  for (const row of rows) {
    yield newsEntry({
      loc: absoluteUrl(pathTo({ pathname: '/news/[slug]', params: { slug: row.slug } }, { locale: row.locale })),
      publicationName: env.SITE_NAME,
      language: row.locale,
      publicationDate: isoWithOffset(row.publishedAt!),
      title: row.title,
    });
  }
}
