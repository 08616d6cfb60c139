import Module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { existsSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { migrate } from '@/lib/db/migrate';

// Sitemaps and feeds over 100,000 articles in a scratch SQLite database: generation time and
// peak memory (RSS). The sitemaps stream by id cursor, so memory should stay flat as the table grows.

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
// BENCH_KEEP_DB=<file> keeps the filled database between runs.
const keep = process.env.BENCH_KEEP_DB;
const file = keep ?? path.join(os.tmpdir(), `midad-bench-sitemaps-${process.pid}.db`);

// lib/ modules mark themselves server-only; outside React's server build that import throws.
const moduleWithResolve = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolve = moduleWithResolve._resolveFilename;
moduleWithResolve._resolveFilename = function (request, ...rest) {
  if (request === 'server-only') return path.join(process.cwd(), 'node_modules/server-only/empty.js');
  return resolve.call(this, request, ...rest);
};

function fill() {
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = OFF');
  const now = Date.now();
  const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00');
  sqlite.transaction(() => {
    const section = sqlite.prepare('INSERT INTO Section (slug, name, locale, position) VALUES (?, ?, ?, ?)');
    const sections = ['سياسة', 'اقتصاد', 'مجتمع', 'رياضة', 'ثقافة'].map((name, index) =>
      Number(section.run(`قسم-${index}`, name, 'ar', index).lastInsertRowid),
    );
    const author = sqlite.prepare('INSERT INTO Author (slug, name) VALUES (?, ?)');
    const authors = Array.from({ length: 200 }, (_, index) => Number(author.run(`كاتب-${index}`, `كاتب ${index}`).lastInsertRowid));
    const article = sqlite.prepare(
      `INSERT INTO Article (locale, slug, title, dek, body, status, kind, publishedAt, createdAt, updatedAt, sectionId)
       VALUES ('ar', ?, ?, ?, ?, ?, 'news', ?, ?, ?, ?)`,
    );
    const byline = sqlite.prepare('INSERT INTO ArticleAuthor (articleId, authorId, position) VALUES (?, ?, 0)');
    const body = '<p>' + 'نص الخبر الكامل بالعربية مع تفاصيل إضافية. '.repeat(40) + '</p>';
    for (let index = 0; index < ARTICLES; index++) {
      // Spread over a year, newest last; one in fifty is still a draft.
      const published = now - (ARTICLES - index) * ((365 * 86_400_000) / ARTICLES);
      const id = article.run(
        `خبر-رقم-${index}`, `عنوان الخبر رقم ${index} عن «الاقتصاد» & السياسة`, 'ملخص قصير للخبر.', body,
        index % 50 === 0 ? 'draft' : 'published', iso(published), iso(published), iso(published), sections[index % 5],
      ).lastInsertRowid;
      byline.run(Number(id), authors[index % authors.length]);
    }
  })();
  sqlite.close();
}

async function measure(label: string, run: () => Promise<{ bytes: number; items?: number }>) {
  if (global.gc) global.gc();
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const start = performance.now();
  const result = await run();
  const ms = performance.now() - start;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);
  console.log(
    `${label.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms  ${mb(result.bytes).padStart(6)} MB out` +
      `${result.items !== undefined ? `  ${String(result.items).padStart(6)} entries` : ''}` +
      `  peak RSS ${mb(peak)} MB (+${mb(peak - base)})`,
  );
}

/** Reads a stream to the end, counting, without holding it: as a client downloading it would. */
async function drain(stream: ReadableStream<Uint8Array>, tag: string) {
  let bytes = 0;
  let items = 0;
  const decoder = new TextDecoder();
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    items += decoder.decode(chunk).split(tag).length - 1;
  }
  return { bytes, items };
}

async function main() {
  const url = `file:${file}`;
  if (!keep || !existsSync(file)) {
    await migrate(url);
    const start = performance.now();
    fill();
    console.log(`filled ${ARTICLES.toLocaleString('en')} articles in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  }
  process.env.DATABASE_URL = url;

  const sitemaps = await import('@/lib/sitemaps/queries');
  const { xmlStream } = await import('@/lib/sitemaps/stream');
  const xml = await import('@/lib/sitemaps/xml');
  const { buildFeed } = await import('@/lib/feeds/build');
  const labels = { siteName: 'مداد', siteTitle: 'مداد', description: 'مداد', scopedTitle: (name: string) => name };

  if (process.env.BENCH_FILL_ONLY) return;
  await measure('sitemap index', () => drain(xmlStream(xml.indexOpen, sitemaps.sitemapIndexEntries(), xml.indexClose), '<sitemap>'));
  await measure('article sitemap 1 (ids 1-50,000)', () =>
    drain(xmlStream(xml.urlsetOpen, sitemaps.articleSitemapEntries(1), xml.urlsetClose), '<url>'));
  await measure('article sitemap 2 (ids 50,001-)', () =>
    drain(xmlStream(xml.urlsetOpen, sitemaps.articleSitemapEntries(2), xml.urlsetClose), '<url>'));
  await measure('authors sitemap', () =>
    drain(xmlStream(xml.urlsetOpen, sitemaps.listingSitemapEntries('authors'), xml.urlsetClose), '<url>'));
  await measure('news sitemap (48 h)', () =>
    drain(xmlStream(xml.newsUrlsetOpen, sitemaps.newsSitemapEntries(), xml.urlsetClose), '<url>'));
  for (const format of ['rss', 'atom'] as const) {
    await measure(`site feed (${format}, 50 items)`, async () => {
      const text = (await buildFeed({ locale: 'ar', scope: { kind: 'site' }, format }, labels))!;
      return { bytes: Buffer.byteLength(text), items: text.split(format === 'rss' ? '<item>' : '<entry>').length - 1 };
    });
  }
  await measure('author feed (rss)', async () => {
    const text = (await buildFeed({ locale: 'ar', scope: { kind: 'author', slug: 'كاتب-7' }, format: 'rss' }, labels))!;
    return { bytes: Buffer.byteLength(text), items: text.split('<item>').length - 1 };
  });
  const { db } = await import('@/lib/db');
  await db.$disconnect();
}

main()
  .finally(() => {
    if (keep) return;
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
