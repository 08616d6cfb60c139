import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import pg from 'pg';
import { createDb } from '@/lib/db/client';
import { isPostgresUrl, sqliteFilePath } from '@/lib/db/url';
import { ensureBuild, prepareDatabase } from '../scripts/lib/prepare';
import { describe, runLoad } from './lib/load';

// View counting under load, on a production build behind server.ts with TRUSTED_PROXIES=loopback so each
// beacon can come from its own reader (X-Forwarded-For). BENCH_DATABASE_URL=postgresql://…
// runs it on PostgreSQL (its public schema is reset); the default is a scratch SQLite file.
const url = process.env.BENCH_DATABASE_URL || 'file:./data/bench-views.db';
const port = Number(process.env.BENCH_PORT || 3321);
const origin = `http://localhost:${port}`;
const BEACONS = Number(process.env.BENCH_BEACONS || 5_000);
const PAGE_SECONDS = Number(process.env.BENCH_SECONDS || 10);

async function resetDatabase() {
  if (!isPostgresUrl(url)) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(sqliteFilePath(url) + suffix, { force: true });
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
  await client.end();
}

async function startServer() {
  // tsx directly (not through npx), so SIGTERM reaches the server and its shutdown flush runs.
  const server = spawn('node_modules/.bin/tsx', ['server.ts'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), NODE_ENV: 'production', TRUSTED_PROXIES: 'loopback', SITE_URL: origin },
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready on') && resolve());
    server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return server;
}

let reader = 0;
/** A beacon from a reader nobody has seen yet: its own address and browser. */
function beaconFrom(id: number) {
  const n = reader++;
  return fetch(`${origin}/api/views`, {
    method: 'POST',
    body: JSON.stringify({ id }),
    headers: {
      origin,
      'content-type': 'text/plain;charset=UTF-8',
      'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
      'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36',
    },
  });
}

async function main() {
  await resetDatabase();
  await prepareDatabase(url);
  ensureBuild();
  const db = createDb(url);
  const articles = await db.article.findMany({ where: { locale: 'ar', status: 'published' }, select: { id: true, slug: true } });
  const pages = articles.map((article) => `${origin}/ar/news/${encodeURIComponent(article.slug)}`);
  const ids = articles.map((article) => article.id);
  const server = await startServer();
  try {
    console.log(`database: ${isPostgresUrl(url) ? 'PostgreSQL' : 'SQLite'}; ${articles.length} articles`);
    // Render and cache every article page once, as a warm site would have them.
    for (const page of pages) await (await fetch(page)).arrayBuffer();
    console.log('article pages warmed');

    const beacons = await runLoad({ clients: 100, total: BEACONS, request: (i) => beaconFrom(ids[i % ids.length]!) });
    console.log(describe('beacons (100 clients, distinct readers)', beacons));
    const deadline = Date.now() + 30_000;
    let counted = 0;
    while (Date.now() < deadline) {
      counted = (await db.article.aggregate({ _sum: { viewsTotal: true } }))._sum.viewsTotal ?? 0;
      if (counted >= BEACONS) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    console.log(`views counted: ${counted} of ${BEACONS} beacons`);

    const stopAt = () => Date.now() + PAGE_SECONDS * 1000;
    let end = stopAt();
    const quiet = await runLoad({ clients: 20, until: () => Date.now() > end, request: (i) => fetch(pages[i % pages.length]!) });
    console.log(describe('article pages alone (20 clients)', quiet));

    end = stopAt();
    const [busy, flood] = await Promise.all([
      runLoad({ clients: 20, until: () => Date.now() > end, request: (i) => fetch(pages[i % pages.length]!) }),
      runLoad({ clients: 50, until: () => Date.now() > end, request: (i) => beaconFrom(ids[i % ids.length]!) }),
    ]);
    console.log(describe('article pages during a beacon flood (20 clients)', busy));
    console.log(describe('  the flood beside them (50 clients)', flood));
    console.log(`page throughput with the flood: ${((busy.perSecond / quiet.perSecond) * 100).toFixed(0)}% of without`);
  } finally {
    await db.$disconnect();
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
