import 'server-only';
import { cache } from 'react';
import { TAGS, dependsOn } from '@/lib/cache/tags';
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

export async function listSectionArticles(locale: string, sectionSlug: string, page: number): Promise<Page<ArticleCard>> {
  await dependsOn(TAGS.section(locale, sectionSlug));
  return pageOf({ locale, section: { slug: sectionSlug } }, page, PAGE_SIZE);
}

export async function listAuthorArticles(locale: string, authorSlug: string, page: number): Promise<Page<ArticleCard>> {
  await dependsOn(TAGS.author(authorSlug));
  return pageOf({ locale, authors: { some: { author: { slug: authorSlug } } } }, page, PAGE_SIZE);
}

export async function listTagArticles(locale: string, tagSlug: string, page: number): Promise<Page<ArticleCard>> {
  await dependsOn(TAGS.tag(locale, tagSlug));
  return pageOf({ locale, tags: { some: { tag: { slug: tagSlug } } } }, page, PAGE_SIZE);
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
