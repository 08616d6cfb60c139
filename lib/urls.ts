import { siteOrigin } from '@/env';

// Absolute URLs, and the paths of feeds, sitemaps and share images. A page's localized path comes
// from pathTo in lib/url-paths.ts (client components import it without the validated environment);
// both encode Arabic slugs the same way (UTF-8 percent-escapes in upper case, as encodeURIComponent writes).

export function absoluteUrl(path: string): string {
  return `${siteOrigin}${path}`;
}

export type FeedFormat = 'rss' | 'atom';
export type FeedScope = { kind: 'site' } | { kind: 'section' | 'author'; slug: string };

/** Feeds, sitemaps and share images: outside the locale routing, named like files. */
export const crawlerPaths = {
  feed: (locale: string, scope: FeedScope, format: FeedFormat) =>
    scope.kind === 'site'
      ? `/feeds/${locale}/${format}.xml`
      : `/feeds/${locale}/${scope.kind}/${encodeURIComponent(scope.slug)}/${format}.xml`,
  sitemapIndex: () => '/sitemap.xml',
  articleSitemap: (chunk: number) => `/sitemaps/articles/${chunk}.xml`,
  listingSitemap: (kind: 'sections' | 'authors' | 'tags') => `/sitemaps/${kind}.xml`,
  newsSitemap: () => '/sitemaps/news.xml',
  shareCard: (articleId: number) => `/media/og/${articleId}.png`,
};
