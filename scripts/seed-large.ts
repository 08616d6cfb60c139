import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { SingleBar, Presets } from 'cli-progress';
import pg from 'pg';
import { paragraphsToHtml } from '@/lib/articles/sanitize';
import { createDb } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { isPostgresUrl, sqliteFilePath } from '@/lib/db/url';
import { normalizeArabic } from '@/lib/utils/arabic';
import { arabicStories } from '@/prisma/demo/stories';
import { seedDemoContent } from '@/prisma/demo/seed-content';

// npm run seed:large -- [--url file:./data/large.db | postgresql://…] [--reset]
//
// A scratch database at archive scale: the demo site, then 100,000 articles, 1,000,000 comments
// and a year of hourly view buckets, for the scale bench and the query-plan checks. Rows go in as
// raw multi-row INSERTs inside transactions (Prisma's one-row-per-statement creates would take
// hours at this size). The numbers of authors and tags follow a mid-sized newsroom.

export const LARGE = { articles: 100_000, comments: 1_000_000, authors: 200, tags: 2_000, viewedPerHour: 30, hours: 365 * 24 };

const HOUR = 3_600_000;

/** A tiny seeded generator, so two runs (and both databases) hold the same archive. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Row = (string | number | null)[];
type Writer = {
  /** Runs one INSERT of many rows; `columns` are quoted for both databases. */
  insert: (table: string, columns: string[], rows: Row[]) => Promise<void>;
  query: <T>(sql: string) => Promise<T[]>;
  exec: (sql: string) => Promise<void>;
  date: (ms: number) => string;
  close: () => Promise<void>;
};

function sqliteWriter(file: string): Writer {
  const conn = new Database(file);
  conn.pragma('journal_mode = WAL');
  conn.pragma('synchronous = OFF');
  const statements = new Map<string, Database.Statement>();
  return {
    insert: async (table, columns, rows) => {
      const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(',')}) VALUES ${rows.map(() => `(${columns.map(() => '?').join(',')})`).join(',')}`;
      let statement = statements.get(sql);
      if (!statement) statements.set(sql, (statement = conn.prepare(sql)));
      statement.run(rows.flat());
    },
    query: async <T>(sql: string) => conn.prepare(sql).all() as T[],
    exec: async (sql) => void conn.exec(sql),
    // Prisma's SQLite format: ISO text with an explicit UTC offset.
    date: (ms) => new Date(ms).toISOString().replace('Z', '+00:00'),
    close: async () => void conn.close(),
  };
}

async function postgresWriter(url: string): Promise<Writer> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    insert: async (table, columns, rows) => {
      let n = 0;
      const values = rows.map((row) => `(${row.map(() => `$${++n}`).join(',')})`).join(',');
      await client.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(',')}) VALUES ${values}`, rows.flat());
    },
    query: async <T>(sql: string) => (await client.query(sql)).rows as T[],
    exec: async (sql) => void (await client.query(sql)),
    // timestamp(3) without time zone holding UTC, as Prisma writes it.
    date: (ms) => new Date(ms).toISOString().slice(0, 23),
    close: () => client.end(),
  };
}

/** Inserts rows in batches of a few thousand values, one transaction per batch group. */
async function bulk(writer: Writer, bar: SingleBar, table: string, columns: string[], total: number, make: (index: number) => Row | null) {
  const perStatement = Math.floor(30_000 / columns.length);
  let rows: Row[] = [];
  await writer.exec('BEGIN');
  for (let index = 0; index < total; index++) {
    const row = make(index);
    if (row) rows.push(row);
    if (rows.length === perStatement) {
      await writer.insert(table, columns, rows);
      rows = [];
      if (index % (perStatement * 20) < perStatement) await writer.exec('COMMIT; BEGIN');
    }
    bar.increment();
  }
  if (rows.length) await writer.insert(table, columns, rows);
  await writer.exec('COMMIT');
}

async function reset(url: string) {
  if (!isPostgresUrl(url)) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(sqliteFilePath(url) + suffix, { force: true });
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
  await client.end();
}

export async function seedLarge(url: string, now = Date.now()) {
  await migrate(url);
  const prisma = createDb(url);
  try {
    if ((await prisma.article.count()) > 0) throw new Error('the database already has articles: pass --reset to empty it first');
    await seedDemoContent(prisma, new Date(now));
  } finally {
    await prisma.$disconnect();
  }
  const writer = isPostgresUrl(url) ? await postgresWriter(url) : sqliteWriter(sqliteFilePath(url));
  const bar = new SingleBar({ format: '{phase} [{bar}] {percentage}% | {value}/{total} | {duration}s' }, Presets.shades_classic);
  const rand = random(20_240_101);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  try {
    const sections = await writer.query<{ id: number; locale: string }>('SELECT "id", "locale" FROM "Section"');
    const [{ max: firstId } = { max: 0 }] = await writer.query<{ max: number }>('SELECT MAX("id") AS "max" FROM "Article"');
    const [{ max: firstAuthor } = { max: 0 }] = await writer.query<{ max: number }>('SELECT MAX("id") AS "max" FROM "Author"');
    const [{ max: firstTag } = { max: 0 }] = await writer.query<{ max: number }>('SELECT MAX("id") AS "max" FROM "Tag"');
    const stories = Object.values(arabicStories);
    const bodies = stories.map((story) => paragraphsToHtml([...story.paragraphs, ...story.paragraphs.slice(0, 3)]));
    const titles = stories.flatMap((story) => story.titles.map(([title]) => title));
    const byLocale = (locale: string) => sections.filter((section) => section.locale === locale).map((section) => section.id);
    const sectionsOf = { ar: byLocale('ar'), fr: byLocale('fr'), en: byLocale('en') };
    const count = LARGE.articles - Number(firstId);

    bar.start(LARGE.authors + LARGE.tags, 0, { phase: 'authors, tags' });
    await bulk(writer, bar, 'Author', ['slug', 'name'], LARGE.authors, (i) => [`katib-${i + 1}`, `كاتب ${i + 1}`]);
    await bulk(writer, bar, 'Tag', ['slug', 'name', 'locale'], LARGE.tags, (i) => [`wasm-${i + 1}`, `وسم ${i + 1}`, i % 10 === 0 ? 'fr' : 'ar']);

    // Articles: 80% Arabic, two years back from now, a few drafts and scheduled ones ahead.
    const articles: { id: number; locale: string; publishedAt: number; live: boolean }[] = [];
    bar.setTotal(count);
    bar.update(0, { phase: 'articles' });
    const span = 2 * 365 * 24 * HOUR;
    await bulk(writer, bar, 'Article', ['id', 'locale', 'slug', 'title', 'body', 'searchText', 'status', 'kind', 'publishedAt', 'createdAt', 'updatedAt', 'sectionId'], count, (i) => {
      const id = Number(firstId) + i + 1;
      const roll = rand();
      const locale = roll < 0.8 ? 'ar' : roll < 0.9 ? 'fr' : 'en';
      const statusRoll = rand();
      const status = statusRoll < 0.95 ? 'published' : statusRoll < 0.98 ? 'draft' : statusRoll < 0.99 ? 'scheduled' : 'unpublished';
      const publishedAt = status === 'scheduled' ? now + rand() * 72 * HOUR : now - ((count - i) / count) * span - rand() * HOUR;
      articles.push({ id, locale, publishedAt, live: status === 'published' });
      const title = `${pick(titles)} (${id})`;
      const body = bodies[id % bodies.length]!;
      const date = writer.date(publishedAt);
      return [id, locale, `maqal-${id}`, title, body, normalizeArabic(title), status, id % 7 === 0 ? 'opinion' : 'news', status === 'draft' ? null : date, date, date, pick(sectionsOf[locale as 'ar'])];
    });

    bar.setTotal(count);
    bar.update(0, { phase: 'authors and tags of articles' });
    await bulk(writer, bar, 'ArticleAuthor', ['articleId', 'authorId', 'position'], count, (i) => [articles[i]!.id, Number(firstAuthor) + 1 + Math.floor(rand() ** 2 * LARGE.authors), 0]);
    await writer.exec('BEGIN');
    for (let start = 0; start < count; start += 3_000) {
      const rows: Row[] = [];
      for (const article of articles.slice(start, start + 3_000)) {
        const seen = new Set<number>();
        // Tags follow a long tail: a few are on thousands of articles, most on a handful.
        for (let k = 0; k < 3; k++) seen.add(Number(firstTag) + 1 + Math.floor(rand() ** 3 * LARGE.tags));
        for (const tagId of seen) rows.push([article.id, tagId]);
      }
      for (let r = 0; r < rows.length; r += 10_000) await writer.insert('ArticleTag', ['articleId', 'tagId'], rows.slice(r, r + 10_000));
    }
    await writer.exec('COMMIT');

    // Comments: most on recent articles, 90% approved, one in five a reply to the one before.
    const live = articles.filter((article) => article.live);
    bar.setTotal(LARGE.comments);
    bar.update(0, { phase: 'comments' });
    const [{ max: firstComment } = { max: 0 }] = await writer.query<{ max: number | null }>('SELECT MAX("id") AS "max" FROM "Comment"');
    let previous: { id: number; articleId: number } | null = null;
    await bulk(writer, bar, 'Comment', ['id', 'articleId', 'parentId', 'authorName', 'authorEmail', 'body', 'status', 'idempotencyKey', 'createdAt', 'approvedAt'], LARGE.comments, (i) => {
      const id = Number(firstComment ?? 0) + i + 1;
      const reply = previous !== null && rand() < 0.2;
      const article = reply ? { id: previous!.articleId } : live[live.length - 1 - Math.floor(rand() ** 3 * live.length)]!;
      const approved = rand() < 0.9;
      const created = writer.date(now - rand() * 30 * 24 * HOUR);
      const row: Row = [id, article.id, reply ? previous!.id : null, `قارئ ${i % 5000}`, `reader${i % 5000}@example.com`, 'تعليق من قارئ على هذا المقال، مع شكر للكاتب.', approved ? 'approved' : 'pending', `large-${id}`, created, approved ? created : null];
      previous = reply ? null : { id, articleId: article.id };
      return row;
    });

    // Views: every hour of the past year, the articles of the three days before it are read.
    bar.setTotal(LARGE.hours * LARGE.viewedPerHour);
    bar.update(0, { phase: 'view buckets' });
    const hourNow = Math.floor(now / HOUR) * HOUR;
    const byTime = [...live].sort((a, b) => a.publishedAt - b.publishedAt);
    let cursor = 0;
    await bulk(writer, bar, 'ViewBucket', ['articleId', 'hour', 'count'], LARGE.hours * LARGE.viewedPerHour, (index) => {
      const hour = hourNow - (LARGE.hours - 1 - Math.floor(index / LARGE.viewedPerHour)) * HOUR;
      while (cursor < byTime.length - 1 && byTime[cursor]!.publishedAt < hour - 72 * HOUR) cursor++;
      const article = byTime[Math.min(byTime.length - 1, cursor + (index % LARGE.viewedPerHour))]!;
      if (article.publishedAt > hour) return null;
      return [article.id, writer.date(hour), 1 + Math.floor(rand() ** 2 * 500)];
    });
    bar.stop();
    // The archive's view totals, as the view flusher would have kept them.
    await writer.exec('UPDATE "Article" SET "viewsTotal" = (SELECT COALESCE(SUM("count"), 0) FROM "ViewBucket" WHERE "articleId" = "Article"."id")');
    if (isPostgresUrl(url)) {
      for (const table of ['Article', 'Author', 'Tag', 'Comment']) {
        await writer.exec(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT MAX("id") FROM "${table}"))`);
      }
      await writer.exec('VACUUM ANALYZE');
    } else {
      await writer.exec('ANALYZE');
    }
  } finally {
    bar.stop();
    await writer.close();
  }
}

async function main() {
  const { values } = parseArgs({ options: { url: { type: 'string', default: 'file:./data/large.db' }, reset: { type: 'boolean', default: false } } });
  if (values.reset) await reset(values.url);
  const started = Date.now();
  await seedLarge(values.url);
  console.log(`seeded ${LARGE.articles} articles and ${LARGE.comments} comments in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

if (process.argv[1]?.endsWith('seed-large.ts')) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
