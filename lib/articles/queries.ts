import 'server-only';
import { cache } from 'react';
import { TAGS, dependsOn } from '@/lib/cache/tags';
import { db } from '@/lib/db';
import { listArticleCards, pageOf } from './list';
import { detailSelect, toArticleDetail } from './mappers';
import type { ArticleCard, ArticleDetail, Page } from './types';
import { publishedWhere } from './visibility';

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
  if (!target || !['published', 'scheduled'].includes(target.status)) return null;
  if (!target.publishedAt || target.publishedAt > new Date()) return null;
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
 * Same section first, then shared tags; never the article itself. Any article that can appear
 * here shares the section or a tag, so expiring those (as every change of that article does)
 * refreshes this block.
 */
export async function listRelatedArticles(article: ArticleDetail, take = 4): Promise<ArticleCard[]> {
  const tagSlugs = article.tags.map((tag) => tag.slug);
  await dependsOn(TAGS.section(article.locale, article.section.slug), ...tagSlugs.map((slug) => TAGS.tag(article.locale, slug)));
  return listArticleCards(
    {
      locale: article.locale,
      id: { not: article.id },
      OR: [{ section: { slug: article.section.slug } }, { tags: { some: { tag: { slug: { in: tagSlugs } } } } }],
    },
    { take },
  );
}

export { publishedWhere };
