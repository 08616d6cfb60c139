import { siteOrigin } from '@/env';

// Every URL the site prints is built here, so links, canonicals, sitemaps and feeds encode
// Arabic slugs the same way (UTF-8 percent-escapes in upper case, as encodeURIComponent writes).

export const paths = {
  home: (locale: string) => `/${locale}`,
  article: (locale: string, slug: string) => `/${locale}/news/${encodeURIComponent(slug)}`,
  comments: (locale: string, slug: string) => `/${locale}/news/${encodeURIComponent(slug)}/comments`,
  section: (locale: string, slug: string) => `/${locale}/section/${encodeURIComponent(slug)}`,
  author: (locale: string, slug: string) => `/${locale}/author/${encodeURIComponent(slug)}`,
  tag: (locale: string, slug: string) => `/${locale}/tag/${encodeURIComponent(slug)}`,
};

// Paths without the locale prefix live apart: client components use them, and this module
// imports the validated environment, which has no business in the browser bundle.
export { localPaths } from './local-paths';

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
  search: (locale: string) => `/${locale}/search`,
};
