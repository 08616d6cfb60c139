import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { isPostgresUrl, sqliteFilePath } from '@/lib/db/url';

// Every statement the public pages send when they render without a cache, explained by the
// database itself: none may read the article, comment or view tables in full. The data layer
// runs on a client that logs its SQL (installed where lib/db looks for its shared client).

const url = process.env.DATABASE_URL!;
const postgres = isPostgresUrl(url);
type Logged = { query: string; params: string };
const statements: Logged[] = [];

function loggingClient(): Db {
  const log = [{ emit: 'event', level: 'query' }] as const;
  if (postgres) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { PrismaClient } = require('.prisma/postgres') as typeof import('.prisma/postgres');
    return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), log: [...log] }) as unknown as Db;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { PrismaClient } = require('.prisma/sqlite') as typeof import('.prisma/sqlite');
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: sqliteFilePath(url) }), log: [...log] });
}

const client = loggingClient();
(client as unknown as { $on: (event: 'query', listener: (event: Logged) => void) => void }).$on('query', (event) => {
  statements.push({ query: event.query, params: event.params });
});
// lib/db takes its client from the process's supervisor; this one hands out the logging client.
(globalThis as unknown as { midadDbSupervisor: { client: Db } }).midadDbSupervisor = { client };

const BIG_TABLES = ['Article', 'Comment', 'ViewBucket', 'ArticleTag', 'ArticleAuthor'];

/** The database's plan of a logged statement, one line per step (PostgreSQL's without sequential scans). */
async function planOf(statement: Logged): Promise<string[]> {
  const params = JSON.parse(statement.params) as unknown[];
  if (postgres) {
    const conn = new pg.Client({ connectionString: url });
    await conn.connect();
    try {
      // An empty test table is cheapest to read in full; forbidding that shows whether an index can serve.
      await conn.query('SET enable_seqscan = off');
      const { rows } = await conn.query(`EXPLAIN ${statement.query}`, params);
      return rows.map((row: Record<string, string>) => row['QUERY PLAN']!);
    } finally {
      await conn.end();
    }
  }
  const conn = new Database(sqliteFilePath(url), { readonly: true });
  try {
    const plan = conn.prepare(`EXPLAIN QUERY PLAN ${statement.query}`).all(...params.map(sqliteValue)) as { detail: string }[];
    if (process.env.PLAN_DEBUG) console.log(statement.query, plan.map((row) => row.detail));
    return plan.map((row) => row.detail);
  } finally {
    conn.close();
  }
}

/** The plan's lines that read one of the big tables from end to end. */
async function fullScans(statement: Logged): Promise<string[]> {
  const plan = await planOf(statement);
  if (postgres) return plan.filter((line) => BIG_TABLES.some((table) => line.includes(`Seq Scan on "${table}"`)));
  return plan.filter((line) => BIG_TABLES.some((table) => new RegExp(`^SCAN (main\\.)?${table}\\b`).test(line)));
}

const sqliteValue = (value: unknown) => (typeof value === 'boolean' ? Number(value) : value);

let reads: Record<string, () => Promise<unknown>> = {};

beforeAll(async () => {
  const { seedDemoContent } = await import('@/prisma/demo/seed-content');
  await seedDemoContent(client);
  const { findTargets, hotReads } = await import('@/bench/lib/hot-reads');
  reads = hotReads(await findTargets('ar'));
});

afterAll(async () => {
  await client.$disconnect();
});

describe(`query plans of the public pages (${postgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  for (const page of ['home', 'article', 'section page 1', 'section page 500', 'tag', 'author', 'most viewed', 'sitemap index', 'article sitemap batch']) {
    it(`${page}: every statement reads through an index`, async () => {
      statements.length = 0;
      await reads[page]!();
      const mine = statements.filter((statement) => /^\s*(SELECT|WITH)/i.test(statement.query));
      expect(mine.length).toBeGreaterThan(0);
      for (const statement of mine) {
        expect(await fullScans(statement), statement.query).toEqual([]);
      }
    });
  }

  // The index each listing's (and the sitemap index's) reads were shaped for. Without it most would
  // still avoid a full scan (another index can serve) but walk article rows, or every link of a
  // tag, instead of a few entries of one index. PostgreSQL truncates long index names, hence the
  // common prefixes.
  const NEEDED_INDEXES = [
    // The ids of page 500, skipping 5,988 entries of the index that holds the section's order.
    { page: 'section page 500', sends: /^SELECT Article\.id FROM Article WHERE/, statements: 1, index: 'Article_sectionId_publishedAt_id_locale_status_idx' },
    // The page and its count, from the links' copies of their articles' edition, status and time.
    { page: 'tag', sends: /FROM ArticleTag WHERE \(ArticleTag\.tagId = /, statements: 2, index: 'ArticleTag_tagId_articleLocale_articlePublishedAt_articleId' },
    { page: 'author', sends: /FROM ArticleAuthor WHERE \(ArticleAuthor\.authorId = /, statements: 2, index: 'ArticleAuthor_authorId_articleLocale_articlePublishedAt_art' },
    // Related articles: each of the article's tags and authors, its newest others from its links.
    { page: 'article', sends: /FROM ArticleTag WHERE \(ArticleTag\.tagId = /, statements: 3, index: 'ArticleTag_tagId_articleLocale_articlePublishedAt_articleId' },
    { page: 'article', sends: /FROM ArticleAuthor WHERE \(ArticleAuthor\.authorId = /, statements: 1, index: 'ArticleAuthor_authorId_articleLocale_articlePublishedAt_art' },
    // Most viewed: the window's buckets from the index that holds each one's article and count (five
    // windows summed: on the demo's few views both rankings fall back to longer windows).
    { page: 'most viewed', sends: /^SELECT w\.articleId AS id, w\.views FROM/, statements: 5, index: 'ViewBucket_hour_articleId_count_idx' },
    // Each 50,000-id chunk's newest live change, one step into the index on the chunk number.
    { page: 'sitemap index', sends: /^SELECT updatedAt FROM Article/, statements: 1, index: 'Article_sitemapChunk_updatedAt_idx' },
  ];
  const plain = (query: string) => query.replace(/[`"]/g, '').replace(/\b(main|public)\./g, '');

  for (const { page, sends, statements: expected, index } of NEEDED_INDEXES) {
    it(`${page}: reads through ${index}`, async () => {
      statements.length = 0;
      await reads[page]!();
      const mine = statements.filter((statement) => sends.test(plain(statement.query)));
      expect(mine).toHaveLength(expected);
      for (const statement of mine) {
        expect((await planOf(statement)).join('\n'), statement.query).toContain(index);
      }
    });
  }

  it('the check sees a full scan when there is one', async () => {
    statements.length = 0;
    await client.article.findMany({ where: { dek: 'x' }, select: { id: true } });
    expect(await fullScans(statements[0]!)).not.toEqual([]);
  });
});
