import 'server-only';
import { liveSql } from '@/lib/articles/status';
import { db, isPostgres } from '@/lib/db';
import { rawParams } from '@/lib/db/raw-params';
import type { SearchLocale } from './normalize';
import { toFts5Match, toTsQuery, type ParsedQuery } from './query';
import { countTerms, partNeedles, scoreCounts, type TermCounts } from './score';

// The two full-text engines behind one call: SQLite FTS5 ("ArticleSearch"/"CommentSearch"
// tables) and PostgreSQL tsvector columns with GIN indexes (migrations search and search_recency_index).
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
// query's words appear, without reading whole long bodies for every candidate.
const SCORED_TEXT_CHARS = 2000;

/**
 * Up to `limit` matching articles, newest id first, each with its relevance (higher is better,
 * lib/search/score.ts). Taking the newest matches keeps a query for a word in half the archive as
 * fast as a rare one: SQLite walks its index newest first and stops at `limit`, PostgreSQL looks
 * among the newest rows first.
 */
export async function findArticleCandidates(query: ParsedQuery, scope: ArticleScope, limit: number): Promise<Candidate[]> {
  const rows = isPostgres()
    ? (await newestArticleMatches(query, scope, limit)).rows
    : (await findInSqlite(query, scope, limit)).map((row) => ({ ...row, ...countTerms(query, row) }));
  const scores = scoreCounts(query, rows);
  return rows.map((row, index) => ({ id: Number(row.id), score: scores[index]!, publishedAt: toDate(row.publishedAt) }));
}

type Found = { id: number | bigint; publishedAt: Date | string | null };

function scopeFilters(scope: ArticleScope, column: (name: string) => string, param: (value: unknown) => string): string {
  const clauses = [`${column('locale')} = ${param(scope.locale)}`];
  if (scope.liveAt) clauses.push(liveSql(column, param, scope.liveAt));
  if (scope.sectionId !== undefined) clauses.push(`${column('sectionId')} = ${param(scope.sectionId)}`);
  if (scope.from) clauses.push(`${column('publishedAt')} >= ${param(scope.from)}`);
  if (scope.to) clauses.push(`${column('publishedAt')} < ${param(scope.to)}`);
  return clauses.join(' AND ');
}

// The terms the index holds for a row (the triggers' fallback included), as scoring reads them.
const TITLE_TERMS = `CASE WHEN a."searchTitle" = '' THEN lower(a."title") ELSE a."searchTitle" END`;
const TEXT_TERMS = `CASE WHEN a."searchText" = '' THEN lower(a."dek") ELSE a."searchText" END`;

async function findInSqlite(query: ParsedQuery, scope: ArticleScope, limit: number): Promise<(Found & { titleTerms: string; textTerms: string })[]> {
  const match = toFts5Match(query);
  if (!match) return [];
  const params: unknown[] = [match];
  const filters = scopeFilters(scope, (name) => `a."${name}"`, (value) => (params.push(value), '?'));
  params.push(limit);
  // CROSS JOIN keeps the index as the outer loop, read newest first and stopped at the limit.
  // Left to itself the planner starts from Article's (locale, status, publishedAt) index and
  // probes the index once per live article: 100,000 probes and a sort for every search.
  return db.$queryRawUnsafe(
    `SELECT a."id" AS id, a."publishedAt" AS publishedAt, ${TITLE_TERMS} AS "titleTerms", substr(${TEXT_TERMS}, 1, ${SCORED_TEXT_CHARS}) AS "textTerms"
       FROM "ArticleSearch" CROSS JOIN "Article" a ON a."id" = "ArticleSearch".rowid
      WHERE "ArticleSearch" MATCH ? AND ${filters}
      ORDER BY "ArticleSearch".rowid DESC LIMIT ?`,
    ...params,
  );
}

// Newest matches first, on PostgreSQL, in one statement, through the GIN index on the search
// vector and the id (migration search_recency_index). The index finds the matches among the
// newest rows without reading the table, so only those matches are read. It looks among the
// newest 5 × limit rows, then the newest 50 × limit, and only when both come back short does it
// read every match the index lists (cheap then: the word is rare, or rare of late). A word in 2%
// of 100,000 articles costs two windows and 220 rows read, about 4 ms; before, the planner chose
// between walking the newest rows, testing each row's out-of-line vector (18 ms for 2,700 rows),
// and reading every match (27 ms for 7,000), from an estimate that multiplies word frequencies
// as if the words were independent.
const WINDOWS = [5, 50];

/** How the newest matches were found: in the newest `windows[i] × limit` rows, or by reading every match. */
export type NewestFirstPlan = `newest ${number} rows` | 'every match';

/** Rows whose search vector matches `tsQuery` and which pass `filters`; both take `params` as $1…$n. */
type SearchMatch = { tsQuery: string; filters: string; params: unknown[] };

/**
 * `columns` of the newest `limit` rows of `table` (aliased `a`) that `match`, newest first, and
 * how they were found, in one statement. The rows are chosen by id, and only they are read for
 * `columns`.
 */
async function newestMatches<Row extends { id: number | bigint }>(
  table: string,
  columns: string,
  match: SearchMatch,
  limit: number,
  /** FROM items after the chosen rows, for `columns` to read. */
  lateral = '',
): Promise<{ rows: Row[]; plan: NewestFirstPlan }> {
  const { tsQuery, filters, params } = match;
  const $limit = `$${params.length + 1}`;
  // The query as a subquery, whose value the planner does not know: it then takes the default
  // half a percent of rows to match and follows the index. Given the words, a common one makes
  // it scan the whole table (400 ms on 100,000 articles) even for the newest 1,000 rows.
  const newest = (bound: string) =>
    `SELECT a."id" FROM ${table} a WHERE a."searchVector" @@ (SELECT ${tsQuery}) AND ${filters}${bound} ORDER BY a."id" + 0 DESC LIMIT ${$limit}`;
  // `+ 0`: the index's key (see its migration). Any match older than a window is older than every
  // row inside it, so a full answer from a window is exact.
  const stages = [
    ...WINDOWS.map((_, index) => newest(` AND a."id" + 0 > (SELECT max("id") FROM ${table}) - $${params.length + 2 + index}`)),
    newest(''),
  ];
  const short = (index: number) => `(SELECT count(*) FROM stage${index}) < ${$limit}`;
  // A WITH part runs only when read, and a branch's condition stops at its first false part: a
  // stage runs only when every stage before it came back short.
  const answers = stages.map((_, index) => {
    const earlier = Array.from({ length: index }, (_, before) => short(before));
    const answered = index < stages.length - 1 ? [`NOT ${short(index)}`] : [];
    const condition = [...earlier, ...answered].join(' AND ') || 'true';
    return `SELECT "id", ${index} AS stage FROM stage${index} WHERE ${condition}`;
  });
  const rows = await db.$queryRawUnsafe<(Row & { stage: number })[]>(
    `WITH ${stages.map((sql, index) => `stage${index} AS MATERIALIZED (${sql})`).join(',\n')},
          chosen AS (${answers.join('\nUNION ALL ')})
     SELECT ${columns}, chosen.stage FROM ${table} a JOIN chosen ON chosen."id" = a."id" ${lateral} ORDER BY a."id" DESC`,
    ...params,
    limit,
    ...WINDOWS.map((times) => times * limit),
  );
  const stage = rows[0]?.stage ?? WINDOWS.length;
  return { rows, plan: stage < WINDOWS.length ? `newest ${WINDOWS[stage]! * limit} rows` : 'every match' };
}

function postgresArticleMatch(query: ParsedQuery, scope: ArticleScope): SearchMatch | null {
  const params: unknown[] = [scope.locale];
  const tsQuery = toTsQuery(query, 'midad_search_config($1)', 2);
  if (!tsQuery) return null;
  params.push(...tsQuery.params);
  const filters = scopeFilters(scope, (name) => `a."${name}"`, (value) => (params.push(value), `$${params.length}`));
  return { tsQuery: tsQuery.sql, filters, params };
}

/** The newest matching articles on PostgreSQL, with what scoring reads of them, and how they were found. */
export async function newestArticleMatches(
  query: ParsedQuery,
  scope: ArticleScope,
  limit: number,
): Promise<{ rows: (Found & TermCounts)[]; plan: NewestFirstPlan }> {
  const match = postgresArticleMatch(query, scope);
  if (!match) return { rows: [], plan: 'every match' };
  // The candidates' terms are counted where they are stored: 200 texts sent across to be counted
  // cost 4 ms more a search (p95 8) than their counts. The count is the same as in JS
  // (countTerms): with every space doubled, " term " hits no longer share their spaces, so
  // replace() finds all of them.
  const doubled = (sql: string) => `' ' || replace(${sql}, ' ', '  ') || ' '`;
  const needles = partNeedles(query).flat().map((needle) => {
    match.params.push(` ${needle.slice(1, -1).replaceAll(' ', '  ')} `);
    return `$${match.params.length}::text`;
  });
  const counts = (column: string) =>
    `ARRAY[${needles.map((needle) => `(octet_length(${column}) - octet_length(replace(${column}, ${needle}, ''))) / octet_length(${needle})`).join(', ')}]::int[]`;
  // left() counts characters, 11 µs a row for 600 Arabic letters; a text of no more bytes than
  // the limit has no more characters either, and is taken whole.
  const cut = (sql: string) => `CASE WHEN octet_length(${sql}) <= ${SCORED_TEXT_CHARS} THEN ${sql} ELSE left(${sql}, ${SCORED_TEXT_CHARS}) END`;
  // Each LATERAL part is computed once a row (OFFSET 0 keeps it from being inlined, which would
  // read and unpack the stored text again for every needle).
  const lateral = `
    CROSS JOIN LATERAL (SELECT ${TITLE_TERMS} || '' AS title, ${cut(TEXT_TERMS)} || '' AS text OFFSET 0) terms
    CROSS JOIN LATERAL (SELECT ${doubled('terms.title')} AS title, ${doubled('terms.text')} AS text OFFSET 0) spaced`;
  const columns = `a."id" AS id, a."publishedAt" AS "publishedAt",
    char_length(terms.title) + 2 AS "titleLength", char_length(terms.text) + 2 AS "textLength",
    ${counts('spaced.title')} AS "titleCounts", ${counts('spaced.text')} AS "textCounts"`;
  return newestMatches<Found & TermCounts>('"Article"', columns, match, limit, lateral);
}

/** Comment ids matching the query (any status), newest first. */
export async function findCommentIds(query: ParsedQuery, limit: number): Promise<number[]> {
  if (isPostgres()) {
    const tsQuery = toTsQuery(query, `'simple'::regconfig`, 1);
    if (!tsQuery) return [];
    const match = { tsQuery: tsQuery.sql, filters: 'true', params: tsQuery.params };
    const { rows } = await newestMatches<{ id: number | bigint }>('"Comment"', 'a."id" AS id', match, limit);
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
  const { params, bind } = rawParams();
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
      WHERE a."id" IN (${ids.map(bind).join(', ')})`,
    ...params,
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
