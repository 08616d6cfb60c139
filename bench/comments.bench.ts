import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createDb } from '@/lib/db/client';
import { sqliteFilePath } from '@/lib/db/url';
import { ensureBuild, prepareDatabase } from '../scripts/lib/prepare';
import { BROWSER_UA, percentile, runLoad, type LoadResult } from './comments-load';

// Comments under load, against a production build: 200 concurrent clients post, then every
// acknowledged comment is looked up in the database (stored exactly once). The "kill" run sends
// SIGKILL to the server mid-run and checks that no acknowledged comment was lost.
//   npx tsx bench/comments.bench.ts [normal|kill]     (both by default)

const PORT = Number(process.env.BENCH_PORT || 3331);
const ORIGIN = `http://localhost:${PORT}`;
const DATABASE_URL = process.env.BENCH_DATABASE_URL || 'file:./data/bench-comments.db';
const CLIENTS = Number(process.env.BENCH_CLIENTS || 200);
const PER_CLIENT = Number(process.env.BENCH_PER_CLIENT || 10);

function startServer(): ChildProcess {
  // Its own process group, so SIGKILL reaches the server itself and not only the npx wrapper.
  return spawn('npx', ['tsx', 'server.ts'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PORT: String(PORT), NODE_ENV: 'production', TRUSTED_PROXIES: 'loopback', DATABASE_URL, SITE_URL: ORIGIN },
  });
}

async function waitUntilUp() {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    const ok = await fetch(`${ORIGIN}/api/comments?article=0`).then((r) => r.status === 404, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('server did not start');
}

function resetDatabase() {
  if (!DATABASE_URL.startsWith('file:')) return;
  for (const suffix of ['', '-wal', '-shm']) rmSync(sqliteFilePath(DATABASE_URL) + suffix, { force: true });
}

async function verify(acknowledged: Map<string, string>) {
  const db = createDb(DATABASE_URL);
  try {
    const rows = await db.comment.findMany({ select: { idempotencyKey: true, body: true } });
    const byBody = new Map<string, number>();
    for (const row of rows) byBody.set(row.body, (byBody.get(row.body) ?? 0) + 1);
    const keys = new Set(rows.map((row) => row.idempotencyKey));
    let missing = 0;
    let duplicated = 0;
    for (const [key, body] of acknowledged) {
      if (!keys.has(key)) missing += 1;
      if ((byBody.get(body) ?? 0) > 1) duplicated += 1;
    }
    return { stored: rows.length, missing, duplicated };
  } finally {
    await db.$disconnect();
  }
}

function report(mode: string, load: LoadResult, check: Awaited<ReturnType<typeof verify>>) {
  const posts = load.latenciesMs.length;
  console.log(`--- ${mode}: ${CLIENTS} concurrent clients, ${posts} comments (every 10th sent twice at once)`);
  console.log(`comments/s (acknowledged): ${(load.acknowledged.size / load.seconds).toFixed(1)} over ${load.seconds.toFixed(1)} s`);
  console.log(`latency p50 ${percentile(load.latenciesMs, 50).toFixed(0)} ms, p99 ${percentile(load.latenciesMs, 99).toFixed(0)} ms`);
  console.log(`HTTP statuses: ${JSON.stringify(Object.fromEntries(load.statuses))}; 5xx: ${load.serverErrors}; connection errors: ${load.networkErrors} (retried with the same key: ${load.retries})`);
  console.log(`acknowledged: ${load.acknowledged.size}; rows stored: ${check.stored}; acknowledged but missing: ${check.missing}; stored more than once: ${check.duplicated}`);
}

async function run(mode: 'normal' | 'kill') {
  resetDatabase();
  await prepareDatabase(DATABASE_URL);
  const db = createDb(DATABASE_URL);
  const article = await db.article.findFirstOrThrow({ where: { locale: 'ar', status: 'published' }, select: { id: true } });
  await db.$disconnect();

  let server = startServer();
  await waitUntilUp();
  const tokenResponse = await fetch(`${ORIGIN}/api/comments?article=${article.id}`, { headers: { 'user-agent': BROWSER_UA } });
  const { formToken } = (await tokenResponse.json()) as { formToken: string };
  await new Promise((resolve) => setTimeout(resolve, 3_200)); // the minimum fill time

  const total = CLIENTS * PER_CLIENT;
  let killed = false;
  const load = await runLoad({
    origin: ORIGIN,
    articleId: article.id,
    token: formToken,
    clients: CLIENTS,
    perClient: PER_CLIENT,
    onProgress: (done) => {
      if (mode === 'kill' && !killed && done >= total / 3) {
        killed = true;
        process.kill(-server.pid!, 'SIGKILL');
        console.log(`SIGKILL sent to the server after ${done} of ${total} posts; restarting it`);
        // Restarted on the same database, as a supervisor would; clients retry meanwhile.
        server = startServer();
      }
    },
  });
  process.kill(-server.pid!, 'SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  const check = await verify(load.acknowledged);
  report(mode, load, check);
  return check.missing === 0 && check.duplicated === 0 && (mode === 'kill' || load.serverErrors === 0);
}

async function main() {
  ensureBuild();
  const modes = process.argv[2] === 'kill' ? (['kill'] as const) : process.argv[2] === 'normal' ? (['normal'] as const) : (['normal', 'kill'] as const);
  const outcomes = [];
  for (const mode of modes) outcomes.push(await run(mode));
  console.log(outcomes.every(Boolean) ? 'every acknowledged comment is stored exactly once' : 'CHECK FAILED: see the figures above');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
