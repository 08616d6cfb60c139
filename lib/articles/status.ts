import type { Prisma } from '.prisma/sqlite';

// An article's place in the workflow (lib/articles/publishing/workflow.ts moves it). The database
// keeps it as a string column (SQLite has no enums); the code knows it only as ArticleStatus, read
// through articleStatus(). No server-only marker: the editor's client form asks isLiveStatus too.

export const ARTICLE_STATUSES = ['draft', 'review', 'scheduled', 'published', 'unpublished'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** A scheduled article counts as published once its time has come, so publication never waits on a job. */
const LIVE_STATUSES: readonly ArticleStatus[] = ['published', 'scheduled'];

function isArticleStatus(value: unknown): value is ArticleStatus {
  return (ARTICLE_STATUSES as readonly unknown[]).includes(value);
}

/** A status read from the database; only the workflow writes it, so anything else is a bug. */
export function articleStatus(value: string): ArticleStatus {
  if (!isArticleStatus(value)) throw new Error(`unknown article status ${JSON.stringify(value)}`);
  return value;
}

/** Published, or scheduled: readers see it as soon as its publication time has come. */
export function isLiveStatus(status: ArticleStatus): boolean {
  return LIVE_STATUSES.includes(status);
}

/** Readers see it now. */
export function isLive(article: { status: ArticleStatus; publishedAt: Date | null }, now = new Date()): boolean {
  return isLiveStatus(article.status) && !!article.publishedAt && article.publishedAt <= now;
}

/** What readers may see, as a query filter: the same rule as isLive. */
export function publishedWhere(now: Date = new Date()): Prisma.ArticleWhereInput {
  return { status: { in: [...LIVE_STATUSES] }, publishedAt: { lte: now } };
}

/**
 * The same rule in a hand-written statement: `column` writes an article column (`a."status"`),
 * `bind` a parameter's placeholder.
 */
export function liveSql(column: (name: 'status' | 'publishedAt') => string, bind: (value: unknown) => string, now: Date = new Date()): string {
  return `${column('status')} IN (${LIVE_STATUSES.map(bind).join(', ')}) AND ${column('publishedAt')} <= ${bind(now)}`;
}

/**
 * The same rule on a tag's or an author's links, which carry copies of their article's status and
 * publication time (kept by triggers).
 */
export function liveLinkWhere(now: Date = new Date()) {
  return { articleStatus: { in: [...LIVE_STATUSES] }, articlePublishedAt: { lte: now } };
}
