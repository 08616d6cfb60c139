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
// match, most of the table for a common word. Measured on 100,000 articles, a walked row costs
// about twice an indexed match (the walk unpacks each row's search vector; the index does not,
// once the terms scoring reads are fetched for the final candidates only, not for every match).
// So the walk is chosen when limit × rows ÷ matches walked rows cost less than the matches
// indexed: matches ≥ √(WALK_ROW_COST × limit × rows), about 6,000 of 100,000 for 200 candidates.
//
// The matches are the planner's estimate, and for several words it multiplies their frequencies
// as if they were independent: two common words that seldom meet are estimated in thousands and
// found in tens, and an unbounded walk would read every row (over a second). So the walk is
// bounded to WALK_MARGIN times the rows the estimate says it needs; when that window holds fewer
// than `limit` matches, the index answers instead, and the window cost at most a bounded detour.
// (Without the bound, a share threshold sent 2–15% words to a slow index; a fixed 5,000-row
// window, with the index fetching terms for every match, made 2–4% words pay for both.)
const WALK_ROW_COST = 1.75;
const WALK_MARGIN = 2;

type PlanEstimate = { 'QUERY PLAN': { Plan: { 'Plan Rows': number } }[] };

/** Rows the planner expects `SELECT 1 FROM <table> a WHERE <where>` to return (planned, not run). */
async function estimatedRows(table: string, where: string, params: unknown[]): Promise<number> {
  const [row] = await db.$queryRawUnsafe<PlanEstimate[]>(`EXPLAIN (FORMAT JSON) SELECT 1 FROM ${table} a WHERE ${where}`, ...params);
  return row?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? 0;
}

// The table's size changes slowly; asking the planner for it on every search cost a round trip.
const TABLE_ROWS_TTL_MS = 60_000;
const tableRows = new Map<string, { rows: number; at: number }>();

async function estimatedTableRows(table: string): Promise<number> {
  const known = tableRows.get(table);
  if (known && Date.now() - known.at < TABLE_ROWS_TTL_MS) return known.rows;
  const rows = await estimatedRows(table, 'true', []);
  tableRows.set(table, { rows, at: Date.now() });
  return rows;
}

/** How the newest matches were found: walking the newest rows, the index, or a window walked in vain then the index. */
export type NewestFirstPlan = 'walk' | 'index' | 'window, then index';

/**
 * `columns` of the newest `limit` rows of `table` (aliased `a`) matching `where`, newest first,
 * and how they were found. `where` takes `params` as $1…$n. The rows are chosen by id in a
 * subquery (its `a` shadows the outer one) and only they are read for `columns`, in one round trip.
 */
async function newestMatches<Row extends { id: number | bigint }>(
  table: string,
  columns: string,
  where: string,
  params: unknown[],
  limit: number,
): Promise<{ rows: Row[]; plan: NewestFirstPlan }> {
  const next = params.length + 1;
  const read = (newestIds: string, extra: number[]) =>
    db.$queryRawUnsafe<Row[]>(`SELECT ${columns} FROM ${table} a WHERE a."id" IN (${newestIds}) ORDER BY a."id" DESC`, ...params, ...extra);
  // `+ 0`: an expression the primary key cannot deliver in order, so the planner uses the GIN index.
  const indexed = () => read(`SELECT a."id" FROM ${table} a WHERE ${where} ORDER BY a."id" + 0 DESC LIMIT $${next}`, [limit]);

  const [matching, all] = await Promise.all([estimatedRows(table, where, params), estimatedTableRows(table)]);
  if (!(matching > 0 && matching >= Math.sqrt(WALK_ROW_COST * limit * all))) return { rows: await indexed(), plan: 'index' };
  const window = Math.ceil((WALK_MARGIN * limit * all) / matching);
  // Any match outside the newest `window` rows is older than every row inside it: a full answer
  // from the window is exact. A short one is not, even when the window seemed to cover the
  // table: the row count is an estimate too.
  const walked = await read(
    `SELECT a."id" FROM (SELECT * FROM ${table} ORDER BY "id" DESC LIMIT $${next}) a WHERE ${where} ORDER BY a."id" DESC LIMIT $${next + 1}`,
    [window, limit],
  );
  if (walked.length === limit) return { rows: walked, plan: 'walk' };
  return { rows: await indexed(), plan: 'window, then index' };
}

function postgresArticleMatch(query: ParsedQuery, scope: ArticleScope): { where: string; params: unknown[] } | null {
  const params: unknown[] = [scope.locale];
  const tsQuery = toTsQuery(query, 'midad_search_config($1)', 2);
  if (!tsQuery) return null;
  params.push(...tsQuery.params);
  const filters = scopeFilters(scope, (name) => `a."${name}"`, (value) => (params.push(value), `$${params.length}`));
  return { where: `a."searchVector" @@ ${tsQuery.sql} AND ${filters}`, params };
}

/** The newest matching articles on PostgreSQL, with the terms scoring reads, and how they were found. */
export async function newestArticleMatches(query: ParsedQuery, scope: ArticleScope, limit: number): Promise<{ rows: Row[]; plan: NewestFirstPlan }> {
  const match = postgresArticleMatch(query, scope);
  if (!match) return { rows: [], plan: 'index' };
  const columns = `a."id" AS id, a."publishedAt" AS "publishedAt", ${TERMS((sql) => `left(${sql}, ${SCORED_TEXT_CHARS})`)}`;
  return newestMatches<Row>('"Article"', columns, match.where, match.params, limit);
}

async function findInPostgres(query: ParsedQuery, scope: ArticleScope, limit: number): Promise<Row[]> {
  return (await newestArticleMatches(query, scope, limit)).rows;
}

/** Comment ids matching the query (any status), newest first. */
export async function findCommentIds(query: ParsedQuery, limit: number): Promise<number[]> {
  if (isPostgres()) {
    const tsQuery = toTsQuery(query, `'simple'::regconfig`, 1);
    if (!tsQuery) return [];
    const { rows } = await newestMatches<{ id: number | bigint }>('"Comment"', 'a."id" AS id', `a."searchVector" @@ ${tsQuery.sql}`, tsQuery.params, limit);
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

export type HitRow = {
  id: number;
  slug: string;
  title: string;
  dek: string;
  body: string;
  publishedAt: Date | null;
  section: { slug: string; name: string };
};

/** The articles a page of results shows, with their section, in one statement (a Prisma read with the relation took two). */
export async function readHits(ids: number[]): Promise<HitRow[]> {
  if (!ids.length) return [];
  const marks = ids.map((_, index) => (isPostgres() ? `$${index + 1}` : '?')).join(', ');
  type Raw = Omit<HitRow, 'id' | 'publishedAt' | 'section'> & {
    id: number | bigint;
    publishedAt: Date | string | null;
    sectionSlug: string;
    sectionName: string;
  };
  const rows = await db.$queryRawUnsafe<Raw[]>(
    `SELECT a."id" AS id, a."slug" AS slug, a."title" AS title, a."dek" AS dek, a."body" AS body, a."publishedAt" AS "publishedAt",
            s."slug" AS "sectionSlug", s."name" AS "sectionName"
       FROM "Article" a JOIN "Section" s ON s."id" = a."sectionId"
      WHERE a."id" IN (${marks})`,
    ...ids,
  );
  return rows.map(({ id, publishedAt, sectionSlug, sectionName, ...text }) => ({
    ...text,
    id: Number(id),
    publishedAt: toDate(publishedAt),
    section: { slug: sectionSlug, name: sectionName },
  }));
}

function toDate(value: Date | string | null): Date | null {
  if (value === null) return null;
  return value instanceof Date ? value : new Date(value);
}
