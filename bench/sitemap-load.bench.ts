import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { migrate } from '@/lib/db/migrate';
import { ensureBuild } from '../scripts/lib/prepare';
import { ensureWrk, runWrk, type WrkResult } from './lib/wrk';
import { startFlags } from './lib/start-flags';

// npm run bench sitemap-load: does crawling the sitemaps slow readers down? On the 100,000-article
// SQLite database (npm run seed:large), wrk reads the cached home page (50 connections, gzip), first
// alone, then while two crawlers fetch /sitemap.xml and every article sitemap it names, one after
// another, without end. A query string keeps the crawlers' requests out of the front cache, so each
// one enters Next and reads its sitemap's data: first while nothing is kept yet (right after a
// start or an article change), then with the sitemaps kept. better-sqlite3 is synchronous: any long
// read there holds the event loop from every reader. Target: home with crawlers >= 0.8 x alone.
//   BENCH_LARGE_SQLITE  the large SQLite database (default file:./data/large.db)

const url = process.env.BENCH_LARGE_SQLITE ?? 'file:./data/large.db';
const port = Number(process.env.BENCH_PORT || 6251);
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const CRAWLERS = 2;
const HEADERS = { 'accept-encoding': 'gzip' };
const base = `http://127.0.0.1:${port}`;

async function startServer(): Promise<ChildProcess> {
  const server = spawn(process.execPath, [...startFlags(), '--import', 'tsx', 'server.ts'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), HOSTNAME: '127.0.0.1', NODE_ENV: 'production', SITE_URL: base },
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready on') && resolve());
    server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return server;
}

type Fetched = { path: string; status: number; ms: number; bytes: number; text: string };

async function timedFetch(path: string): Promise<Fetched> {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, { headers: HEADERS });
  const text = await response.text();
  return { path: path.replace(/\?.*/, ''), status: response.status, ms: performance.now() - started, bytes: Buffer.byteLength(text), text };
}

/**
 * A crawler: the index, then each article sitemap it names, again and again until stopped.
 * `passes` counts the full rounds it finished.
 */
function crawl(id: number, log: Fetched[]) {
  let running = true;
  let n = 0;
  const state = { passes: 0 };
  const done = (async () => {
    while (running) {
      const index = await timedFetch(`/sitemap.xml?crawler=${id}-${n++}`);
      log.push({ ...index, text: '' });
      for (const [, loc] of index.text.matchAll(/<loc>[^<]*(\/sitemaps\/articles\/\d+\.xml)<\/loc>/g)) {
        if (!running) break;
        log.push({ ...(await timedFetch(`${loc}?crawler=${id}-${n++}`)), text: '' });
      }
      if (running) state.passes++;
    }
  })();
  return {
    state,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

function describeFetches(log: Fetched[]): string {
  const byPath = new Map<string, Fetched[]>();
  for (const fetched of log) byPath.set(fetched.path, [...(byPath.get(fetched.path) ?? []), fetched]);
  return [...byPath]
    .map(([path, all]) => {
      const times = all.map((f) => f.ms).sort((a, b) => a - b);
      const statuses = [...new Set(all.map((f) => f.status))].join('/');
      return `  ${path.padEnd(28)} ${String(all.length).padStart(4)} fetches, status ${statuses}, first ${all[0]!.ms.toFixed(0)} ms, median ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms, max ${times[times.length - 1]!.toFixed(0)} ms, ${(all[0]!.bytes / 1024).toFixed(0)} KB of XML`;
    })
    .join('\n');
}

function line(label: string, result: WrkResult) {
  return `${label.padEnd(34)} ${result.perSecond.toFixed(0).padStart(7)} req/s  p50 ${result.p50.toFixed(1)} ms  p99 ${result.p99.toFixed(1)} ms  errors ${result.errors + result.non2xx}`;
}

async function main() {
  const wrk = ensureWrk();
  await migrate(url);
  ensureBuild();
  const load = () => os.loadavg().map((n) => n.toFixed(2)).join(' ');
  console.log(`load average before: ${load()} (${os.cpus().length} cores); database ${url}`);
  const server = await startServer();
  try {
    const home = `${base}/ar`;
    // Warm: home rendered once, then answered from the front cache.
    for (let i = 0; i < 50; i++) {
      const response = await fetch(home, { headers: HEADERS });
      await response.arrayBuffer();
      if (response.headers.get('x-front-cache')) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const measure = () => runWrk(wrk, home, { seconds: SECONDS, connections: 50, headers: HEADERS });
    await runWrk(wrk, home, { seconds: 3, connections: 50, headers: HEADERS });
    const aloneBefore = await measure();

    // First the crawlers find nothing kept (the server has read no sitemap yet): every batch comes
    // from the database. Then, the batches kept, as between two article changes.
    const coldLog: Fetched[] = [];
    let crawlers = Array.from({ length: CRAWLERS }, (_, id) => crawl(id, coldLog));
    const cold = await measure();
    while (crawlers.some((crawler) => crawler.state.passes === 0)) await new Promise((resolve) => setTimeout(resolve, 200));
    await Promise.all(crawlers.map((crawler) => crawler.stop()));
    const warmLog: Fetched[] = [];
    crawlers = Array.from({ length: CRAWLERS }, (_, id) => crawl(id, warmLog));
    const warm = await measure();
    await Promise.all(crawlers.map((crawler) => crawler.stop()));
    const aloneAfter = await measure();

    const alone = (aloneBefore.perSecond + aloneAfter.perSecond) / 2;
    console.log(`\nload average after: ${load()}`);
    console.log(line('home alone (before)', aloneBefore));
    console.log(line(`home, ${CRAWLERS} crawlers, nothing kept yet`, cold));
    console.log(line(`home, ${CRAWLERS} crawlers, sitemaps kept`, warm));
    console.log(line('home alone (after)', aloneAfter));
    console.log(`sitemap fetches while nothing was kept (front cache bypassed):\n${describeFetches(coldLog)}`);
    console.log(`sitemap fetches with the sitemaps kept:\n${describeFetches(warmLog)}`);
    console.log(`ratio of home throughput with crawlers to alone (alone: mean of before and after, ${alone.toFixed(0)} req/s):`);
    console.log(`  sitemaps kept ${(warm.perSecond / alone).toFixed(2)}, nothing kept yet ${(cold.perSecond / alone).toFixed(2)}  target >= 0.8`);
  } finally {
    server.kill('SIGTERM');
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
