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

// How much each kind of kinship weighs: a shared tag says most about the subject, a shared
// author less, the section least (it only fills the block when nothing closer exists).
const WEIGHT = { tag: 2, author: 1, section: 0.5 } as const;
// Newest candidates read per tag, author and section: bounds the work on a tag with thousands of articles.
const CANDIDATES = 50;

/**
 * Articles ranked by what they share with this one: tags, then authors, then the section; the
 * newest first among equals. Never the article itself. Candidates come from three short reads
 * (each index-backed and capped), not one OR over the whole edition.
 */
export async function listRelatedArticles(article: ArticleDetail, take = 4): Promise<ArticleCard[]> {
  // Any article that can appear here shares the section, a tag or an author, so expiring those
  // (as every change of that article does) refreshes this block.
  await dependsOn(
    TAGS.section(article.locale, article.section.slug),
    ...article.tags.map((tag) => TAGS.tag(article.locale, tag.slug)),
    ...article.authors.map((author) => TAGS.author(author.slug)),
  );
  const others = { locale: article.locale, id: { not: article.id }, ...publishedWhere() };
  const newest = [{ article: { publishedAt: 'desc' } }, { articleId: 'desc' }] as const;
  const candidate = { articleId: true, article: { select: { publishedAt: true } } } as const;
  const [tagged, authored, sameSection] = await Promise.all([
    article.tags.length
      ? db.articleTag.findMany({
          where: { tag: { slug: { in: article.tags.map((tag) => tag.slug) } }, article: others },
          orderBy: [...newest], select: candidate, take: CANDIDATES * article.tags.length,
        })
      : [],
    article.authors.length
      ? db.articleAuthor.findMany({
          where: { author: { slug: { in: article.authors.map((author) => author.slug) } }, article: others },
          orderBy: [...newest], select: candidate, take: CANDIDATES,
        })
      : [],
    db.article.findMany({
      where: { ...others, section: { slug: article.section.slug } },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }], select: { id: true, publishedAt: true }, take: CANDIDATES,
    }),
  ]);
  const ranked = new Map<number, { score: number; publishedAt: number }>();
  const add = (id: number, publishedAt: Date | null, weight: number) => {
    const entry = ranked.get(id) ?? { score: 0, publishedAt: publishedAt?.getTime() ?? 0 };
    entry.score += weight;
    ranked.set(id, entry);
  };
  for (const row of tagged) add(row.articleId, row.article.publishedAt, WEIGHT.tag);
  // Two co-authors in common count as one shared author.
  const byAuthor = new Map(authored.map((row) => [row.articleId, row.article.publishedAt]));
  for (const [id, publishedAt] of byAuthor) add(id, publishedAt, WEIGHT.author);
  for (const row of sameSection) add(row.id, row.publishedAt, WEIGHT.section);
  const chosen = [...ranked]
    .sort(([idA, a], [idB, b]) => b.score - a.score || b.publishedAt - a.publishedAt || idB - idA)
    .slice(0, take)
    .map(([id]) => id);
  if (!chosen.length) return [];
  const cards = new Map((await listArticleCards({ id: { in: chosen } }, { take })).map((card) => [card.id, card]));
  return chosen.flatMap((id) => cards.get(id) ?? []);
}

export { publishedWhere };
