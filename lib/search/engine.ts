import 'server-only';
import { db, isPostgres } from '@/lib/db';
import type { SearchLocale } from './normalize';
import { toFts5Match, toTsQuery, type ParsedQuery } from './query';
import { scoreCandidates } from './score';

// The two full-text engines behind one call: SQLite FTS5 ("ArticleSearch"/"CommentSearch"
// tables) and PostgreSQL tsvector columns with GIN indexes, both made by the search migration.
// Only this file writes SQL for search; every value travels as a bound parameter.

export type Candidate = { id: number; score: number; publishedAt: Date | null };

export type ArticleScope = {
  locale: SearchLocale;
  /** Readers: only what is live at `now` (published, or scheduled and due). Staff: undefined. */
  liveAt?: Date;
  sectionId?: number;
  from?: Date;
  /** Exclusive. */
  to?: Date;
};

// Relevance reads a candidate's terms from its lede: enough to weigh where and how often the
// query's words appear, without carrying whole long bodies across for 500 candidates.
const SCORED_TEXT_CHARS = 2000;

/**
 * Up to `limit` matching articles, newest id first, each with its relevance (higher is better,
 * lib/search/score.ts). Taking the newest matches keeps a query for a word in half the archive as
 * fast as a rare one: both engines walk their index newest first and stop at `limit`.
 */
export async function findArticleCandidates(query: ParsedQuery, scope: ArticleScope, limit: number): Promise<Candidate[]> {
  const rows = isPostgres() ? await findInPostgres(query, scope, limit) : await findInSqlite(query, scope, limit);
  const scores = scoreCandidates(query, rows);
  return rows.map((row, index) => ({ id: Number(row.id), score: scores[index]!, publishedAt: toDate(row.publishedAt) }));
}

type Row = { id: number | bigint; publishedAt: Date | string | null; titleTerms: string; textTerms: string };

function scopeFilters(scope: ArticleScope, column: (name: string) => string, param: (value: unknown) => string): string {
  const clauses = [`${column('locale')} = ${param(scope.locale)}`];
  if (scope.liveAt) {
    clauses.push(`${column('status')} IN ('published', 'scheduled')`, `${column('publishedAt')} <= ${param(scope.liveAt)}`);
  }
  if (scope.sectionId !== undefined) clauses.push(`${column('sectionId')} = ${param(scope.sectionId)}`);
  if (scope.from) clauses.push(`${column('publishedAt')} >= ${param(scope.from)}`);
  if (scope.to) clauses.push(`${column('publishedAt')} < ${param(scope.to)}`);
  return clauses.join(' AND ');
}

// The terms the index holds for a row (the triggers' fallback included), as scoring reads them.
const TERMS = (cut: (sql: string) => string) => `
  CASE WHEN a."searchTitle" = '' THEN lower(a."title") ELSE a."searchTitle" END AS "titleTerms",
  ${cut(`CASE WHEN a."searchText" = '' THEN lower(a."dek") ELSE a."searchText" END`)} AS "textTerms"`;

async function findInSqlite(query: ParsedQuery, scope: ArticleScope, limit: number): Promise<Row[]> {
  const match = toFts5Match(query);
  if (!match) return [];
  const params: unknown[] = [match];
  const filters = scopeFilters(scope, (name) => `a."${name}"`, (value) => (params.push(value), '?'));
  params.push(limit);
  // CROSS JOIN keeps the index as the outer loop, read newest first and stopped at the limit.
  // Left to itself the planner starts from Article's (locale, status, publishedAt) index and
  // probes the index once per live article: 100,000 probes and a sort for every search.
  return db.$queryRawUnsafe<Row[]>(
    `SELECT a."id" AS id, a."publishedAt" AS publishedAt, ${TERMS((sql) => `substr(${sql}, 1, ${SCORED_TEXT_CHARS})`)}
       FROM "ArticleSearch" CROSS JOIN "Article" a ON a."id" = "ArticleSearch".rowid
      WHERE "ArticleSearch" MATCH ? AND ${filters}
      ORDER BY "ArticleSearch".rowid DESC LIMIT ?`,
    ...params,
  );
}

// Newest matches first, on PostgreSQL, two ways. Walking the primary key newest first and testing
// each row stops after a few hundred rows when matches are dense (a common word), but reads the
// whole table when they are rare; the GIN index finds rare matches at once, but visits every
// match, most of the table for a common word. The planner chooses from its estimate of the
// matches, and for several words it multiplies their frequencies as if they were independent: two
// common words that never meet are estimated at over a thousand matches of 100,000, it walks, and
// reads every row (2 s). Here the walk is chosen only when it costs no more than the index would:
// it reads about limit × rows ÷ matches rows, several to a page in id order, while the index reads
// one page per match. So: walk when matches ≥ √(limit × rows ÷ ROWS_PER_PAGE) (2,000 of 100,000
// for 200 candidates), which leaves the planner's independence guess out of the band where it
// hurts most. (A walk bounded to the newest 5,000 rows, with the index taking over when it came
// back short, was tried and was slower at p95: matches of 2–4% paid for both.)
const ROWS_PER_PAGE = 5;

type PlanEstimate = { 'QUERY PLAN': { Plan: { 'Plan Rows': number } }[] };

/** Rows the planner expects `SELECT 1 FROM <from> WHERE <where>` to return (planned, not run). */
async function estimatedRows(from: string, where: string, params: unknown[]): Promise<number> {
  const [row] = await db.$queryRawUnsafe<PlanEstimate[]>(`EXPLAIN (FORMAT JSON) SELECT 1 FROM ${from} WHERE ${where}`, ...params);
  return row?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? 0;
}

export type NewestFirstPlan = 'walk' | 'index';

async function newestFirstPlan(from: string, where: string, params: unknown[], limit: number): Promise<NewestFirstPlan> {
  const [matching, all] = await Promise.all([estimatedRows(from, where, params), estimatedRows(from, 'true', [])]);
  return matching >= Math.sqrt((limit * all) / ROWS_PER_PAGE) ? 'walk' : 'index';
}

/** `ORDER BY` for the newest matches of `where` in `from`, keyed by `id` (see above). */
async function newestFirst(from: string, id: string, where: string, params: unknown[], limit: number): Promise<string> {
  // `+ 0`: an expression the primary key cannot deliver in order, so the planner uses the GIN index.
  return (await newestFirstPlan(from, where, params, limit)) === 'walk' ? `${id} DESC` : `${id} + 0 DESC`;
}

function postgresArticleMatch(query: ParsedQuery, scope: ArticleScope): { where: string; params: unknown[] } | null {
  const params: unknown[] = [scope.locale];
  const tsQuery = toTsQuery(query, 'midad_search_config($1)', 2);
  if (!tsQuery) return null;
  params.push(...tsQuery.params);
  const filters = scopeFilters(scope, (name) => `a."${name}"`, (value) => (params.push(value), `$${params.length}`));
  return { where: `a."searchVector" @@ ${tsQuery.sql} AND ${filters}`, params };
}

/** How PostgreSQL will look for an article query's newest matches (for tests and profiling). */
export async function articleCandidatePlan(query: ParsedQuery, scope: ArticleScope, limit: number): Promise<NewestFirstPlan | null> {
  const match = postgresArticleMatch(query, scope);
  return match && newestFirstPlan('"Article" a', match.where, match.params, limit);
}

async function findInPostgres(query: ParsedQuery, scope: ArticleScope, limit: number): Promise<Row[]> {
  const match = postgresArticleMatch(query, scope);
  if (!match) return [];
  const { where, params } = match;
  const order = await newestFirst('"Article" a', 'a."id"', where, params, limit);
  return db.$queryRawUnsafe<Row[]>(
    `SELECT a."id" AS id, a."publishedAt" AS "publishedAt", ${TERMS((sql) => `left(${sql}, ${SCORED_TEXT_CHARS})`)}
       FROM "Article" a
      WHERE ${where}
      ORDER BY ${order} LIMIT $${params.length + 1}`,
    ...params,
    limit,
  );
}

/** Comment ids matching the query (any status), newest first. */
export async function findCommentIds(query: ParsedQuery, limit: number): Promise<number[]> {
  if (isPostgres()) {
    const tsQuery = toTsQuery(query, `'simple'::regconfig`, 1);
    if (!tsQuery) return [];
    const where = `"searchVector" @@ ${tsQuery.sql}`;
    const order = await newestFirst('"Comment"', '"id"', where, tsQuery.params, limit);
    const rows = await db.$queryRawUnsafe<{ id: number }[]>(
      `SELECT "id" FROM "Comment" WHERE ${where} ORDER BY ${order} LIMIT $${tsQuery.params.length + 1}`,
      ...tsQuery.params,
      limit,
    );
    return rows.map((row) => Number(row.id));
  }
  const match = toFts5Match(query);
  if (!match) return [];
  const rows = await db.$queryRawUnsafe<{ id: number | bigint }[]>(
    `SELECT rowid AS id FROM "CommentSearch" WHERE "CommentSearch" MATCH ? ORDER BY rowid DESC LIMIT ?`,
    match,
    limit,
  );
  return rows.map((row) => Number(row.id));
}

function toDate(value: Date | string | null): Date | null {
  if (value === null) return null;
  return value instanceof Date ? value : new Date(value);
}
