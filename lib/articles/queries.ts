import 'server-only';
import { cache } from 'react';
import type { Prisma } from '.prisma/sqlite';
import { TAGS, dependsOn, readThroughTags } from '@/lib/cache/tags';
import { db } from '@/lib/db';
import { listArticleCards, pageOf } from './list';
import { detailSelect, toArticleDetail } from './mappers';
import type { ArticleCard, ArticleDetail, Page } from './types';
import { articleStatus, isLive, publishedWhere } from './status';

export const PAGE_SIZE = 12;

/** One read per request: generateMetadata and the page share it through React cache. */
export const getPublishedArticle = cache(async (locale: string, slug: string): Promise<ArticleDetail | null> => {
  const row = await db.article.findFirst({
    where: { locale, slug, ...publishedWhere() },
    select: detailSelect,
  });
  if (!row) return null;
  await dependsOn(TAGS.article(row.id));
  return toArticleDetail(row);
});

/** The article an old slug now points to, for a 301. */
export async function getRedirectedSlug(locale: string, slug: string): Promise<string | null> {
  const redirect = await db.slugRedirect.findUnique({
    where: { locale_slug: { locale, slug } },
    select: { article: { select: { slug: true, status: true, publishedAt: true } } },
  });
  const target = redirect?.article;
  if (!target || !isLive({ status: articleStatus(target.status), publishedAt: target.publishedAt })) return null;
  return target.slug;
}

export async function listLatestArticles(locale: string, take: number, skipIds: number[] = []): Promise<ArticleCard[]> {
  await dependsOn(TAGS.home(locale));
  return listArticleCards({ locale, id: { notIn: skipIds } }, { take });
}

// Listings filter by the section's, tag's or author's id, looked up first by its slug: given a
// constant, PostgreSQL's planner uses the statistics of that very id (a tag may hold a fifth of the
// archive, or a dozen articles) and walks the right index; joined by slug, it guessed an average.

export async function listSectionArticles(locale: string, sectionSlug: string, page: number): Promise<Page<ArticleCard>> {
  await dependsOn(TAGS.section(locale, sectionSlug));
  const sections = await db.section.findMany({ where: { slug: sectionSlug }, select: { id: true } });
  return pageOf({ locale, sectionId: { in: sections.map((section) => section.id) } }, page, PAGE_SIZE);
}

export async function listAuthorArticles(locale: string, authorSlug: string, page: number): Promise<Page<ArticleCard>> {
  const tag = TAGS.author(authorSlug);
  await dependsOn(tag);
  const authorId = (await db.author.findUnique({ where: { slug: authorSlug }, select: { id: true } }))?.id ?? 0;
  const links = { authorId, article: { locale, ...publishedWhere() } };
  return linkedPage({ locale, authors: { some: { authorId } } }, page, ['author', locale, authorSlug], tag, {
    count: () => db.articleAuthor.count({ where: links }),
    ids: async (skip, take) =>
      (await db.articleAuthor.findMany({ where: links, orderBy: newestLinkFirst, select: { articleId: true }, skip, take })).map((row) => row.articleId),
  });
}

export async function listTagArticles(locale: string, tagSlug: string, page: number): Promise<Page<ArticleCard>> {
  const tag = TAGS.tag(locale, tagSlug);
  await dependsOn(tag);
  const tagId = (await db.tag.findUnique({ where: { slug: tagSlug }, select: { id: true } }))?.id ?? 0;
  const links = { tagId, article: { locale, ...publishedWhere() } };
  return linkedPage({ locale, tags: { some: { tagId } } }, page, ['tag', locale, tagSlug], tag, {
    count: () => db.articleTag.count({ where: links }),
    ids: async (skip, take) =>
      (await db.articleTag.findMany({ where: links, orderBy: newestLinkFirst, select: { articleId: true }, skip, take })).map((row) => row.articleId),
  });
}

const newestLinkFirst = [{ article: { publishedAt: 'desc' as const } }, { articleId: 'desc' as const }];

/** Above this many articles a tag's or author's page is read newest-first through the edition. */
const SHORT_LISTING = 2_000;
const COUNT_CACHE_SECONDS = 3_600;

/**
 * A page of a tag's or an author's articles. The count goes through the listing's own links, so
 * its cost follows the listing's size rather than the edition's (counting through the articles
 * tested every article of the edition for the link), and is kept until the listing changes, as
 * every page of it shows the same figure. A short listing's page is read from its links as well:
 * walking the edition newest-first for a few dozen articles would pass most of the archive.
 */
async function linkedPage(
  where: Prisma.ArticleWhereInput,
  page: number,
  key: string[],
  tag: string,
  links: { count: () => Promise<number>; ids: (skip: number, take: number) => Promise<number[]> },
): Promise<Page<ArticleCard>> {
  const total = await readThroughTags(['listing-count', ...key], [tag], COUNT_CACHE_SECONDS, links.count);
  if (total > SHORT_LISTING) return pageOf(where, page, PAGE_SIZE, async () => total);
  const ids = await links.ids((page - 1) * PAGE_SIZE, PAGE_SIZE);
  const items = ids.length ? await listArticleCards({ id: { in: ids } }, { take: PAGE_SIZE }) : [];
  return { items, page, total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/**
 * The newest articles sharing the section or a tag; never the article itself. The union is read
 * as two short queries (newest of the section, newest through the tags' own rows) rather than one
 * OR, which made the database walk the whole edition checking tags row by row.
 */
export async function listRelatedArticles(article: ArticleDetail, take = 4): Promise<ArticleCard[]> {
  // Any article that can appear here shares the section or a tag, so expiring those (as every
  // change of that article does) refreshes this block.
  await dependsOn(TAGS.section(article.locale, article.section.slug), ...article.tags.map((tag) => TAGS.tag(article.locale, tag.slug)));
  const others = { locale: article.locale, id: { not: article.id } };
  const [sameSection, tagged] = await Promise.all([
    listArticleCards({ ...others, section: { slug: article.section.slug } }, { take }),
    db.articleTag.findMany({
      where: { tag: { slug: { in: article.tags.map((tag) => tag.slug) } }, article: { ...others, ...publishedWhere() } },
      orderBy: [{ article: { publishedAt: 'desc' } }, { articleId: 'desc' }],
      select: { articleId: true },
      take: take * article.tags.length,
    }),
  ]);
  const known = new Set(sameSection.map((card) => card.id));
  const more = [...new Set(tagged.map((row) => row.articleId))].filter((id) => !known.has(id));
  const viaTags = more.length ? await listArticleCards({ id: { in: more } }, { take }) : [];
  return [...sameSection, ...viaTags]
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || b.id - a.id)
    .slice(0, take);
}

export { publishedWhere };
