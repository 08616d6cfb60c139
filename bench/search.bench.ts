import { execFileSync } from 'node:child_process';
import Module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { existsSync, rmSync } from 'node:fs';
import { SingleBar, Presets } from 'cli-progress';
import Database from 'better-sqlite3';
import pg from 'pg';

// Search over 100,000 generated Arabic articles, on SQLite (FTS5) and PostgreSQL (tsvector +
// GIN): the time to fill and index them, then p50/p95/p99 of readers' searches of 1, 2 and 3
// words through the app's own search function (parse, engine, ranking, snippets). Yardstick,
// measured in the same run on the same database: the section-page query (latest 10 live
// articles), the cheapest page read the site makes. Target: search p95 under 50 ms.
//
// npm run bench search. BENCH_ARTICLES changes the count; BENCH_PG_URL points at a PostgreSQL
// server (default: a scratch cluster started by scripts/pg-server.sh on PG_PORT); BENCH_KEEP_DATABASE=1
// keeps the filled database (its address is printed) for profiling.

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const QUERIES_PER_SIZE = 300;
const engine = process.env.SEARCH_BENCH_ENGINE as 'sqlite' | 'postgres' | undefined;

// lib/ modules mark themselves server-only; outside React's server build that import throws.
const moduleWithResolve = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolve = moduleWithResolve._resolveFilename;
moduleWithResolve._resolveFilename = function (request, ...rest) {
  if (request === 'server-only') return path.join(process.cwd(), 'node_modules/server-only/empty.js');
  return resolve.call(this, request, ...rest);
};

/** A seeded generator, so every run searches the same corpus with the same queries. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

async function vocabulary(): Promise<string[]> {
  const { arabicStories } = await import('@/prisma/demo/stories');
  const words = new Set<string>();
  for (const { titles, paragraphs } of Object.values(arabicStories)) {
    for (const text of [...titles.flat(), ...paragraphs]) for (const word of text.match(/[\p{L}\p{M}]{3,}/gu) ?? []) words.add(word);
  }
  // Places and names make the long tail a real archive has.
  const extra = ['الرباط', 'مراكش', 'طنجة', 'أكادير', 'وجدة', 'فاس', 'الداخلة', 'العيون', 'تطوان', 'الحسيمة', 'ورزازات', 'الصويرة'];
  return [...words, ...extra];
}

/** Zipf-like sampling: the r-th word is drawn with weight 1/r, as in real text. */
function zipf(words: string[], next: () => number) {
  const weights = words.map((_, rank) => 1 / (rank + 1));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const cumulative: number[] = [];
  weights.reduce((sum, weight, index) => ((cumulative[index] = (sum + weight) / total), sum + weight), 0);
  return () => {
    const target = next();
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return words[low]!;
  };
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

async function runEngine(kind: 'sqlite' | 'postgres') {
  const scratchName = `midad_bench_search_${process.pid}`;
  let url: string;
  let dropDatabase = async () => {};
  if (kind === 'sqlite') {
    const file = path.join(os.tmpdir(), `${scratchName}.db`);
    url = `file:${file}`;
    dropDatabase = async () => {
      for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    };
  } else {
    const admin = process.env.BENCH_PG_URL!;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`CREATE DATABASE ${scratchName}`);
    await client.end();
    const target = new URL(admin);
    target.pathname = `/${scratchName}`;
    url = target.toString();
    dropDatabase = async () => {
      const cleanup = new pg.Client({ connectionString: admin });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${scratchName} WITH (FORCE)`);
      await cleanup.end();
    };
  }
  process.env.DATABASE_URL = url;
  const { migrate } = await import('@/lib/db/migrate');
  const { sqliteFilePath } = await import('@/lib/db/url');
  await migrate(url);
  const { db } = await import('@/lib/db');
  const { paragraphsToHtml } = await import('@/lib/articles/sanitize');
  const { searchTerm, normalizedWords } = await import('@/lib/search/normalize');
  const { searchArticles } = await import('@/lib/search/queries');
  const { parseSearchParams } = await import('@/lib/search/schema');
  const { publishedWhere } = await import('@/lib/articles/status');

  try {
    const words = await vocabulary();
    // The index holds each word's search term; computed once per distinct word, which is what
    // searchDocument() gives word by word (lib/search/document.ts), without redoing it 12 million times.
    const termOf = new Map(words.map((word) => [word, normalizedWords(word).map((w) => searchTerm(w, 'ar')).join(' ')]));
    const draw = zipf(words, random(7));
    const sentence = (count: number) => Array.from({ length: count }, draw);
    const sectionIds: number[] = [];
    for (const [index, name] of ['سياسة', 'اقتصاد', 'مجتمع', 'رياضة', 'ثقافة'].entries()) {
      sectionIds.push((await db.section.create({ data: { slug: `s-${index}`, name, locale: 'ar', position: index } })).id);
    }
    const now = Date.now();
    const generate = (index: number) => {
      const title = sentence(8);
      const body = sentence(120);
      // Spread over two years; one in fifty is a draft.
      const published = new Date(now - (ARTICLES - index) * ((730 * 86_400_000) / ARTICLES));
      return [
        `خبر-${index}`, title.join(' '), paragraphsToHtml([body.join(' ')]),
        title.map((word) => termOf.get(word)).join(' '), body.map((word) => termOf.get(word)).join(' '),
        index % 50 === 0 ? 'draft' : 'published', published, sectionIds[index % sectionIds.length]!,
      ] as const;
    };

    // Rows go in through the database driver (Prisma's per-row overhead would dominate); the
    // search migration's triggers index each row as it is inserted, as in production.
    const bar = new SingleBar({ format: `${kind} fill |{bar}| {value}/{total} articles | {eta}s left` }, Presets.shades_classic);
    bar.start(ARTICLES, 0);
    const started = performance.now();
    const batch = 1000;
    if (kind === 'sqlite') {
      const sqlite = new Database(sqliteFilePath(url));
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('synchronous = OFF');
      const insert = sqlite.prepare(
        `INSERT INTO "Article" (locale, slug, title, body, searchTitle, searchText, status, publishedAt, updatedAt, sectionId)
         VALUES ('ar', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const iso = (date: Date) => date.toISOString().replace('Z', '+00:00');
      for (let offset = 0; offset < ARTICLES; offset += batch) {
        sqlite.transaction(() => {
          for (let index = offset; index < Math.min(ARTICLES, offset + batch); index++) {
            const [slug, title, body, searchTitle, searchText, status, published, sectionId] = generate(index);
            insert.run(slug, title, body, searchTitle, searchText, status, iso(published), iso(published), sectionId);
          }
        })();
        bar.update(Math.min(ARTICLES, offset + batch));
      }
      sqlite.close();
    } else {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      for (let offset = 0; offset < ARTICLES; offset += batch) {
        const rows = Array.from({ length: Math.min(batch, ARTICLES - offset) }, (_, i) => generate(offset + i));
        const column = (index: number) => rows.map((row) => row[index]);
        await client.query(
          `INSERT INTO "Article" (locale, slug, title, body, "searchTitle", "searchText", status, "publishedAt", "updatedAt", "sectionId")
           SELECT 'ar', s, t, b, st, sx, status, p AT TIME ZONE 'UTC', p AT TIME ZONE 'UTC', sec
             FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::int[])
               AS u(s, t, b, st, sx, status, p, sec)`,
          [0, 1, 2, 3, 4, 5, 6, 7].map(column),
        );
        bar.update(offset + rows.length);
      }
      await client.end();
    }
    bar.stop();
    const fillSeconds = (performance.now() - started) / 1000;

    // Index build: the whole index made again from the stored search terms.
    const buildStarted = performance.now();
    if (kind === 'sqlite') {
      await db.$executeRawUnsafe(`DELETE FROM "ArticleSearch"`);
      await db.$executeRawUnsafe(`INSERT INTO "ArticleSearch" (rowid, title, body) SELECT "id", "searchTitle", "searchText" FROM "Article"`);
      await db.$executeRawUnsafe(`INSERT INTO "ArticleSearch" ("ArticleSearch") VALUES ('optimize')`);
    } else {
      await db.$executeRawUnsafe(`DROP INDEX "Article_searchVector_idx"`);
      await db.$executeRawUnsafe(`CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector", ("id" + 0))`);
      await db.$executeRawUnsafe(`VACUUM ANALYZE "Article"`);
    }
    const buildSeconds = (performance.now() - buildStarted) / 1000;

    const queryDraw = zipf(words, random(11));
    const time = async (run: () => Promise<unknown>) => {
      const t0 = performance.now();
      await run();
      return performance.now() - t0;
    };
    const cpuBefore = process.cpuUsage();
    const lines: string[] = [];
    let yardstickP95 = 0;
    {
      const latencies: number[] = [];
      for (let i = 0; i < QUERIES_PER_SIZE + 20; i++) {
        const ms = await time(() =>
          db.article.findMany({
            where: { locale: 'ar', sectionId: sectionIds[i % 5], ...publishedWhere() },
            orderBy: { publishedAt: 'desc' },
            take: 10,
            select: { id: true, slug: true, title: true, dek: true, publishedAt: true },
          }),
        );
        if (i >= 20) latencies.push(ms);
      }
      latencies.sort((a, b) => a - b);
      yardstickP95 = percentile(latencies, 0.95);
      lines.push(`  yardstick (section page query)  p50 ${percentile(latencies, 0.5).toFixed(1)} ms  p95 ${yardstickP95.toFixed(1)} ms  p99 ${percentile(latencies, 0.99).toFixed(1)} ms`);
    }
    for (const size of [1, 2, 3]) {
      const latencies: number[] = [];
      const timed: { q: string; ms: number; total: number }[] = [];
      let found = 0;
      for (let i = 0; i < QUERIES_PER_SIZE + 20; i++) {
        const q = Array.from({ length: size }, queryDraw).join(' ');
        let total = 0;
        const ms = await time(async () => {
          total = (await searchArticles('ar', parseSearchParams({ q }))).total;
        });
        if (i < 20) continue;
        latencies.push(ms);
        timed.push({ q, ms, total });
        if (total > 0) found += 1;
      }
      latencies.sort((a, b) => a - b);
      const p95 = percentile(latencies, 0.95);
      lines.push(
        `  ${size}-word queries (${found}/${QUERIES_PER_SIZE} with results)  p50 ${percentile(latencies, 0.5).toFixed(1)} ms  ` +
          `p95 ${p95.toFixed(1)} ms  p99 ${percentile(latencies, 0.99).toFixed(1)} ms  = ${(p95 / yardstickP95).toFixed(1)}× yardstick p95` +
          `  ${p95 < 50 ? 'under' : 'OVER'} the 50 ms target`,
      );
      // The tail, named: what to EXPLAIN on a kept database (BENCH_KEEP_DATABASE=1).
      const slowest = timed.sort((a, b) => b.ms - a.ms).slice(0, 3);
      lines.push(`    slowest: ${slowest.map(({ q, ms, total }) => `«${q}» ${ms.toFixed(0)} ms (${total} found)`).join(', ')}`);
    }
    const cpu = process.cpuUsage(cpuBefore);
    console.log(`\n${kind}: ${ARTICLES} articles filled (indexed by the triggers as they went) in ${fillSeconds.toFixed(1)} s; index rebuilt in ${buildSeconds.toFixed(1)} s`);
    for (const line of lines) console.log(line);
    console.log(
      `  app process during queries: CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms, RSS ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB; ` +
        `load average ${os.loadavg().map((value) => value.toFixed(2)).join(' ')} on ${os.cpus().length} cores`,
    );
  } finally {
    await db.$disconnect();
    // BENCH_KEEP_DATABASE=1 leaves the filled database for EXPLAIN sessions.
    if (process.env.BENCH_KEEP_DATABASE) console.log(`  kept: ${url}`);
    else await dropDatabase();
  }
}

async function main() {
  if (engine) return runEngine(engine);
  // One process per engine: the app's database client is chosen once per process.
  const script = path.join('bench', 'search.bench.ts');
  execFileSync('npx', ['tsx', script], { stdio: 'inherit', env: { ...process.env, SEARCH_BENCH_ENGINE: 'sqlite' } });
  // Without BENCH_PG_URL, a scratch cluster is started, and stopped again if it was not running.
  const clusterDir = process.env.PG_DIR || '/tmp/midad-pg';
  const startedCluster = !process.env.BENCH_PG_URL && !existsSync(path.join(clusterDir, 'postmaster.pid'));
  const pgUrl =
    process.env.BENCH_PG_URL ||
    execFileSync('bash', ['scripts/pg-server.sh', 'start'], { encoding: 'utf8', env: process.env }).trim();
  try {
    execFileSync('npx', ['tsx', script], { stdio: 'inherit', env: { ...process.env, SEARCH_BENCH_ENGINE: 'postgres', BENCH_PG_URL: pgUrl } });
  } finally {
    if (startedCluster) execFileSync('bash', ['scripts/pg-server.sh', 'stop'], { stdio: 'inherit', env: process.env });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
