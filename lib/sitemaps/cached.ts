import 'server-only';
import { unstable_cache } from 'next/cache';
import { TAGS } from '@/lib/cache/tags';
import { articleSitemapBatch, listArticleChunks } from './queries';

/** How old a cached sitemap part may be when no change has expired it. */
export const SITEMAP_CACHE_SECONDS = 600;

// The article sitemaps' reads, kept in the incremental cache until an article change expires the
// "sitemaps" tag. At 100,000 articles a chunk is 50,000 rows: read on every crawler fetch, each
// batch would hold the (synchronous) SQLite connection, and the event loop, from every reader.

/** The sitemap index's article chunks and their lastmod dates. */
export const listCachedArticleChunks = unstable_cache(() => listArticleChunks(new Date()), ['sitemap-article-chunks'], {
  revalidate: SITEMAP_CACHE_SECONDS,
  tags: [TAGS.sitemaps],
});

/** One batch of an article sitemap, as XML (see articleSitemapBatch). */
export const readCachedArticleSitemapBatch = unstable_cache(
  (chunk: number, batch: number) => articleSitemapBatch(chunk, batch, new Date()),
  ['sitemap-article-batch'],
  { revalidate: SITEMAP_CACHE_SECONDS, tags: [TAGS.sitemaps] },
);
