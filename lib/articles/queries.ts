import 'server-only';
import { cache } from 'react';
import { TAGS, dependsOn, readThroughTags } from '@/lib/cache/tags';
import { db } from '@/lib/db';
import { listArticleCards, pageOf } from './list';
import { detailSelect, toArticleDetail } from './mappers';
import type { ArticleCard, ArticleDetail, Page } from './types';
import { articleStatus, isLive, liveLinkWhere, publishedWhere } from './status';

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

const newestFirst = [{ publishedAt: 'desc' as const }, { id: 'desc' as const }];

const COUNT_CACHE_SECONDS = 3_600;

/**
 * A listing's article count, kept until the listing changes (every page of it shows the same
 * figure): its cost, proportional to the listing, is paid once per change rather than per page.
 */
function keptCount(tag: string, key: string[], count: () => Promise<number>): Promise<number> {
  return readThroughTags(['listing-count', ...key], [tag], COUNT_CACHE_SECONDS, count);
}

export async function listSectionArticles(locale: string, sectionSlug: string, page: number): Promise<Page<ArticleCard>> {
  const tag = TAGS.section(locale, sectionSlug);
  await dependsOn(tag);
  const sections = await db.section.findMany({ where: { slug: sectionSlug }, select: { id: true } });
  const where = { AND: [{ locale, sectionId: { in: sections.map((section) => section.id) } }, publishedWhere()] };
  return pageOf(
    {
      ids: async (range) => (await db.article.findMany({ where, orderBy: newestFirst, select: { id: true }, ...range })).map((row) => row.id),
      count: () => keptCount(tag, ['section', locale, sectionSlug], () => db.article.count({ where })),
    },
    page,
    PAGE_SIZE,
  );
}

export async function listAuthorArticles(locale: string, authorSlug: string, page: number): Promise<Page<ArticleCard>> {
  const authorId = (await db.author.findUnique({ where: { slug: authorSlug }, select: { id: true } }))?.id ?? 0;
  return linkedPage(page, {
    tag: TAGS.author(authorSlug),
    key: ['author', locale, authorSlug],
    links: db.articleAuthor,
    where: { authorId, articleLocale: locale, ...liveLinkWhere() },
  });
}

export async function listTagArticles(locale: string, tagSlug: string, page: number): Promise<Page<ArticleCard>> {
  const tagId = (await db.tag.findUnique({ where: { slug: tagSlug }, select: { id: true } }))?.id ?? 0;
  return linkedPage(page, {
    tag: TAGS.tag(locale, tagSlug),
    key: ['tag', locale, tagSlug],
    links: db.articleTag,
    where: { tagId, articleLocale: locale, ...liveLinkWhere() },
  });
}

const newestLinkFirst = [{ articlePublishedAt: 'desc' as const }, { articleId: 'desc' as const }];

/** The link table of a tag's or an author's articles (`db.articleTag`, `db.articleAuthor`), as a listing reads it. */
type LinkTable<Where> = {
  count(args: { where: Where }): Promise<number>;
  findMany(args: { where: Where; orderBy: typeof newestLinkFirst; select: { articleId: true }; skip: number; take: number }): Promise<{ articleId: number }[]>;
};

type LinkedListing<Where> = {
  /** What the page depends on, and the key its article count is kept under. */
  tag: string;
  key: string[];
  /** The listing's links that lead to the edition's live articles. */
  links: LinkTable<Where>;
  where: Where;
};

/**
 * A page of a tag's or an author's articles, read from its links alone: each link carries its
 * article's edition, status and publication time, and one index per link table holds them in
 * the page's order: a page costs the same for a tag of a dozen articles or of twenty thousand, and
 * the count walks that index's entries, not the articles.
 */
async function linkedPage<Where>(page: number, listing: LinkedListing<Where>): Promise<Page<ArticleCard>> {
  const { tag, key, links, where } = listing;
  await dependsOn(tag);
  return pageOf(
    {
      ids: async (range) => (await links.findMany({ where, orderBy: newestLinkFirst, select: { articleId: true }, ...range })).map((row) => row.articleId),
      count: () => keptCount(tag, key, () => links.count({ where })),
    },
    page,
    PAGE_SIZE,
  );
}

// How much each kind of kinship weighs: a shared tag says most about the subject, a shared
// author less, the section least (it only fills the block when nothing closer exists).
const WEIGHT = { tag: 2, author: 1, section: 0.5 } as const;
// Newest candidates read per tag, author and section: bounds the work on a tag with thousands of articles.
const CANDIDATES = 50;

/**
 * Articles ranked by what they share with this one: tags, then authors, then the section; the
 * newest first among equals. Never the article itself. Candidates come from short reads (one
 * per tag, per author and the section; each index-backed and capped), not one OR over the whole
 * edition.
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
  // Each tag's and author's newest others, read from its links' index: one short walk each, where
  // joining the links to their articles to sort them read every article of a 17,000-article tag.
  const linkedOthers = { articleLocale: article.locale, articleId: { not: article.id }, ...liveLinkWhere() };
  const candidate = { select: { articleId: true, articlePublishedAt: true }, orderBy: newestLinkFirst, take: CANDIDATES };
  const [tags, authors] = await Promise.all([
    article.tags.length ? db.tag.findMany({ where: { slug: { in: article.tags.map((tag) => tag.slug) } }, select: { id: true } }) : [],
    article.authors.length ? db.author.findMany({ where: { slug: { in: article.authors.map((author) => author.slug) } }, select: { id: true } }) : [],
  ]);
  const [tagged, authored, sameSection] = await Promise.all([
    Promise.all(tags.map((tag) => db.articleTag.findMany({ where: { tagId: tag.id, ...linkedOthers }, ...candidate }))),
    Promise.all(authors.map((author) => db.articleAuthor.findMany({ where: { authorId: author.id, ...linkedOthers }, ...candidate }))),
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
  for (const row of tagged.flat()) add(row.articleId, row.articlePublishedAt, WEIGHT.tag);
  // Two co-authors in common count as one shared author.
  const byAuthor = new Map(authored.flat().map((row) => [row.articleId, row.articlePublishedAt]));
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
