import 'server-only';
import { siteOrigin } from '@/env';
import { bodyToText } from '@/lib/articles/sanitize';
import { publishedWhere } from '@/lib/articles/status';
import { TAGS, dependsOn } from '@/lib/cache/tags';
import { db } from '@/lib/db';
import { excerpt } from '@/lib/seo/excerpt';
import { absoluteUrl, type FeedScope } from '@/lib/urls';
import { pathTo } from '@/lib/url-paths';
import { getFeedFullText } from './settings';
import type { FeedItem } from './types';

// Feed reads: the newest FEED_LIMIT published articles of an edition, a section or an author.

export const FEED_LIMIT = 50;
const SUMMARY_CHARS = 300;

const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif',
  avif: 'image/avif', svg: 'image/svg+xml',
};

/** What a feed is about: its title and page, or null when the section or author does not exist. */
export async function getFeedSubject(locale: string, scope: FeedScope) {
  if (scope.kind === 'site') return { name: null, pagePath: pathTo('/', { locale }) };
  if (scope.kind === 'section') {
    const section = await db.section.findFirst({ where: { locale, slug: scope.slug }, select: { name: true } });
    return section ? { name: section.name, pagePath: pathTo({ pathname: '/section/[slug]', params: { slug: scope.slug } }, { locale }) } : null;
  }
  const author = await db.author.findUnique({ where: { slug: scope.slug }, select: { name: true } });
  return author ? { name: author.name, pagePath: pathTo({ pathname: '/author/[slug]', params: { slug: scope.slug } }, { locale }) } : null;
}

/** A tag URI (RFC 4151) bound to the article id, so a changed slug is not a new item to readers. */
export function feedItemId(articleId: number): string {
  return tagUri(`article-${articleId}`);
}

/** A feed's own id, the same for its RSS and Atom forms. */
export function feedId(locale: string, scope: FeedScope): string {
  return tagUri(scope.kind === 'site' ? `feed:${locale}` : `feed:${locale}:${scope.kind}:${scope.slug}`);
}

function tagUri(specific: string): string {
  return `tag:${new URL(siteOrigin).hostname},2024:${specific}`;
}

function summarize(dek: string, body: string): string {
  return dek || excerpt(bodyToText(body), SUMMARY_CHARS);
}

export async function listFeedItems(locale: string, scope: FeedScope, now: Date = new Date()): Promise<FeedItem[]> {
  // Every article change and taxonomy or feed-setting edit expires this one tag.
  await dependsOn(TAGS.feeds);
  const scoped =
    scope.kind === 'section'
      ? { section: { slug: scope.slug } }
      : scope.kind === 'author'
        ? { authors: { some: { author: { slug: scope.slug } } } }
        : {};
  const [fullText, rows] = await Promise.all([
    getFeedFullText(),
    db.article.findMany({
      where: { AND: [publishedWhere(now), { locale, ...scoped }] },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: FEED_LIMIT,
      select: {
        id: true, locale: true, slug: true, title: true, dek: true, body: true, publishedAt: true, updatedAt: true,
        imageUrl: true,
        section: { select: { name: true } },
        authors: { orderBy: { position: 'asc' }, select: { author: { select: { slug: true, name: true } } } },
      },
    }),
  ]);
  return rows.map((row) => ({
    id: feedItemId(row.id),
    url: absoluteUrl(pathTo({ pathname: '/news/[slug]', params: { slug: row.slug } }, { locale: row.locale })),
    title: row.title,
    summary: summarize(row.dek, row.body),
    contentHtml: fullText ? row.body : null,
    publishedAt: row.publishedAt!,
    updatedAt: row.updatedAt > row.publishedAt! ? row.updatedAt : row.publishedAt!,
    authors: row.authors.map(({ author }) => ({
      name: author.name,
      url: absoluteUrl(pathTo({ pathname: '/author/[slug]', params: { slug: author.slug } }, { locale: row.locale })),
    })),
    category: row.section.name,
    image: row.imageUrl ? imageOf(row.imageUrl) : null,
  }));
}

function imageOf(url: string) {
  const extension = /\.([a-z0-9]+)(?:\?.*)?$/i.exec(url)?.[1]?.toLowerCase() ?? '';
  const type = IMAGE_TYPES[extension];
  if (!type) return null;
  return { url: /^https?:\/\//i.test(url) ? url : absoluteUrl(url.startsWith('/') ? url : `/${url}`), type };
}
