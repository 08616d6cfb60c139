import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import Module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

// npm run bench scale: the reads of each public page rendered without a cache, timed on the demo
// database (the yardstick) and on 100,000 articles (npm run seed:large), on SQLite and, when
// BENCH_PG_URL names a PostgreSQL server, on PostgreSQL. Target: each within 2x of the demo.
// "section page 500" is the demo section's last page on the demo (it has no page 500).
//   BENCH_LARGE_SQLITE  the large SQLite database (default file:./data/large.db; seeded if empty)
//   BENCH_SKIP_SQLITE   set: PostgreSQL only
//   BENCH_PG_URL        an admin URL; uses databases midad_bench_demo and midad_bench_large
//                       (the large one seeded if empty)

const RUNS = Number(process.env.BENCH_RUNS ?? 30);

type Timing = { median: number; p95: number };
type Result = { reads: Record<string, Timing>; rssMb: number; deepPage: number };

// lib/ modules mark themselves server-only; outside React's server build that import throws.
const moduleWithResolve = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolve = moduleWithResolve._resolveFilename;
moduleWithResolve._resolveFilename = function (request, ...rest) {
  if (request === 'server-only') return path.join(process.cwd(), 'node_modules/server-only/empty.js');
  return resolve.call(this, request, ...rest);
};

/** In a child process whose DATABASE_URL is the database to time: every page's reads. */
async function measure(): Promise<Result> {
  const { findTargets, hotReads } = await import('./lib/hot-reads');
  const targets = await findTargets('ar');
  const reads = hotReads(targets);
  const result: Result = { reads: {}, rssMb: 0, deepPage: targets.deepPage };
  for (const [name, read] of Object.entries(reads)) {
    for (let i = 0; i < 3; i++) await read();
    const times: number[] = [];
    const runs = name.startsWith('sitemap') ? 5 : RUNS;
    for (let i = 0; i < runs; i++) {
      const start = process.hrtime.bigint();
      await read();
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    times.sort((a, b) => a - b);
    result.reads[name] = { median: times[Math.floor(times.length / 2)]!, p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]! };
  }
  result.rssMb = Math.round(process.memoryUsage().rss / 1e6);
  return result;
}

function child(url: string): Result {
  const out = execFileSync('npx', ['tsx', __filename, '--measure'], { env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'production' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').pop()!) as Result;
}

async function prepareDemo(url: string) {
  const { prepareDatabase } = await import('../scripts/lib/prepare');
  await prepareDatabase(url);
}

async function articleCount(url: string): Promise<number> {
  const { createDb } = await import('@/lib/db/client');
  const { migrate } = await import('@/lib/db/migrate');
  await migrate(url);
  const db = createDb(url);
  try {
    return await db.article.count();
  } finally {
    await db.$disconnect();
  }
}

async function ensureLarge(url: string) {
  if ((await articleCount(url)) >= 100_000) return;
  console.log(`seeding ${url.replace(/\/\/[^@]*@/, '//')} with 100,000 articles (npm run seed:large)…`);
  execFileSync('npx', ['tsx', 'scripts/seed-large.ts', '--url', url, '--reset'], { stdio: 'inherit' });
}

async function pgDatabase(admin: string, name: string, fresh: boolean): Promise<string> {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (fresh && rowCount) await client.query(`DROP DATABASE ${name} WITH (FORCE)`);
  if (fresh || !rowCount) await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

function report(label: string, demo: Result, large: Result) {
  console.log(`\n${label}: uncached reads per page, median (p95) in ms, ${RUNS} runs each`);
  console.log(`${'page'.padEnd(26)}${'demo (50)'.padStart(18)}${'100,000 articles'.padStart(20)}${'ratio'.padStart(8)}  target ≤ 2`);
  for (const [name, small] of Object.entries(demo.reads)) {
    const big = large.reads[name]!;
    const ratio = big.median / small.median;
    const cell = (t: Timing) => `${t.median.toFixed(2)} (${t.p95.toFixed(2)})`;
    // A sitemap batch lists up to 50,000 articles: its read grows with them (50 on the demo), so it
    // has no 2x target; it is read once per change (lib/sitemaps/cached.ts), not per request.
    const verdict =
      name === 'article sitemap batch' ? `n/a (${ratio > 2 ? 'grows with its entries, ' : ''}kept until a change)` : (ratio <= 2 ? 'ok' : 'OVER') + (name.includes('sitemap') ? ' (kept until a change: lib/sitemaps/cached.ts)' : '');
    console.log(`${name.padEnd(26)}${cell(small).padStart(18)}${cell(big).padStart(20)}${ratio.toFixed(2).padStart(8)}  ${verdict}`);
  }
  console.log(`the deep section page read: page ${demo.deepPage} on the demo (its last), page ${large.deepPage} on 100,000 articles`);
  console.log(`RSS of the measuring process: demo ${demo.rssMb} MB, large ${large.rssMb} MB`);
}

async function main() {
  if (process.argv.includes('--measure')) {
    console.log(JSON.stringify(await measure()));
    process.exit(0);
  }
  console.log(`load average before: ${os.loadavg().map((n) => n.toFixed(2)).join(' ')} (${os.cpus().length} cores)`);
  if (process.env.BENCH_SKIP_SQLITE) return measurePostgres();
  const demoSqlite = `file:${path.join(os.tmpdir(), `midad-bench-scale-demo-${process.pid}.db`)}`;
  await prepareDemo(demoSqlite);
  const largeSqlite = process.env.BENCH_LARGE_SQLITE ?? 'file:./data/large.db';
  await ensureLarge(largeSqlite);
  report('SQLite', child(demoSqlite), child(largeSqlite));
  for (const suffix of ['', '-wal', '-shm']) {
    const file = demoSqlite.replace(/^file:/, '') + suffix;
    if (existsSync(file)) (await import('node:fs')).rmSync(file);
  }

  await measurePostgres();
}

async function measurePostgres() {
  const admin = process.env.BENCH_PG_URL;
  if (admin) {
    const demoPg = await pgDatabase(admin, 'midad_bench_demo', true);
    await prepareDemo(demoPg);
    const largePg = await pgDatabase(admin, 'midad_bench_large', false);
    await ensureLarge(largePg);
    report('PostgreSQL', child(demoPg), child(largePg));
  } else {
    console.log('\nPostgreSQL: skipped (set BENCH_PG_URL to an admin URL of a PostgreSQL server)');
  }
  console.log(`\nload average after: ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
