import 'server-only';
import { unstable_cache } from 'next/cache';
import { listArticleChunks } from './queries';

/** How old the sitemap index's chunk list and lastmod dates may be. */
export const ARTICLE_CHUNKS_SECONDS = 600;

/**
 * The article chunks of the sitemap index, computed at most once per ARTICLE_CHUNKS_SECONDS (or
 * when the "sitemaps" tag is revalidated): each chunk's lastmod aggregates up to 50,000 rows,
 * seconds of work at 100,000 articles, which crawlers must not trigger on every fetch.
 */
export const listCachedArticleChunks = unstable_cache(() => listArticleChunks(new Date()), ['sitemap-article-chunks'], {
  revalidate: ARTICLE_CHUNKS_SECONDS,
  tags: ['sitemaps'],
});
