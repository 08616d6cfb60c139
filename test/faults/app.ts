import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';
import { isPostgresUrl, sqliteFilePath } from '@/lib/db/url';

// Starts the site exactly as production does (`npm start`, one process) on a database of the
// test's own, and drives it over HTTP like a reader would.

export type App = {
  base: string;
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

export async function startApp(port: number, databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<App> {
  const base = `http://127.0.0.1:${port}`;
  const child = spawn('npm', ['start', '--silent'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      SITE_URL: base,
      TRUSTED_PROXIES: 'loopback',
      // A load test posts many comments from one machine: no fill time, no flood limits.
      COMMENT_MIN_FILL_SECONDS: '0',
      COMMENT_SAME_SOURCE_SECONDS: '0',
      COMMENT_ADDRESS_MAX: '0',
      VIEWS_RATE_LIMIT_PER_MINUTE: '100000',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (chunk) => (log += chunk));
  child.stderr!.on('data', (chunk) => (log += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const deadline = Date.now() + 600_000; // a first start may build the site
  while (!/ready on/.test(log)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not become ready:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { base, child, output: () => log, exited };
}

export async function stopApp(app: App): Promise<void> {
  if (app.child.exitCode === null && app.child.signalCode === null) app.child.kill('SIGTERM');
  await app.exited;
}

/** Direct access to the test's database, beside the app: reads what was really stored. */
export async function queryDatabase<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  if (isPostgresUrl(url)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql.replace(/\?/g, (_, i: number) => `$${sql.slice(0, i).split('?').length}`), params)).rows as T[];
    } finally {
      await client.end();
    }
  }
  const sqlite = new Database(sqliteFilePath(url), { timeout: 10_000 });
  try {
    return sqlite.prepare(sql).all(...params) as T[];
  } finally {
    sqlite.close();
  }
}

export async function commentableArticleId(url: string): Promise<number> {
  const rows = await queryDatabase<{ id: number }>(url, `SELECT id FROM "Article" WHERE status = 'published' AND locale = 'ar' ORDER BY id LIMIT 1`);
  return Number(rows[0]!.id);
}

export type Attempt = { status: number; ms: number; at: number; retryAfter: string | null; body: string };

/** One comment post as the in-page form sends it; status 0 means no answer (connection refused or reset). */
export async function postComment(base: string, articleId: number, key: string, formToken: string): Promise<Attempt> {
  const form = new URLSearchParams({
    locale: 'ar',
    articleId: String(articleId),
    name: 'قارئ',
    email: `reader-${key.slice(0, 8)}@example.ma`,
    body: `تعليق ${key}`,
    idempotencyKey: key,
    formToken,
    website: '',
  });
  const at = Date.now();
  try {
    const response = await fetch(`${base}/api/comments`, {
      method: 'POST',
      headers: {
        origin: base,
        accept: 'application/json',
        'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/140 Safari/537.36',
        'x-forwarded-for': `10.9.${randomBytes(1)[0]}.${randomBytes(1)[0]}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: form,
      signal: AbortSignal.timeout(30_000),
    });
    return { status: response.status, ms: Date.now() - at, at, retryAfter: response.headers.get('retry-after'), body: await response.text() };
  } catch (error) {
    return { status: 0, ms: Date.now() - at, at, retryAfter: null, body: String(error) };
  }
}

export async function formToken(base: string, articleId: number): Promise<string> {
  const response = await fetch(`${base}/api/comments?article=${articleId}`);
  return ((await response.json()) as { formToken: string }).formToken;
}

export type LoadResult = { acknowledged: Set<string>; attempts: Attempt[]; unacknowledged: string[] };

/**
 * `writers` readers each post comments one after another until `stop()` says so; a post answered
 * 503 or not answered is retried with the same idempotency key (as the form does), up to
 * `retryForMs`. A comment is acknowledged when the server answered 201 or 200 (already stored).
 */
export function commentLoad(base: string, articleId: number, token: string, writers = 4, retryForMs = 60_000) {
  const result: LoadResult = { acknowledged: new Set(), attempts: [], unacknowledged: [] };
  let running = true;
  const writer = async () => {
    while (running) {
      const key = randomBytes(16).toString('hex');
      const giveUp = Date.now() + retryForMs;
      for (;;) {
        const attempt = await postComment(base, articleId, key, token);
        result.attempts.push(attempt);
        if (attempt.status === 201 || attempt.status === 200) {
          result.acknowledged.add(key);
          break;
        }
        if (Date.now() > giveUp || (attempt.status !== 503 && attempt.status !== 0)) {
          result.unacknowledged.push(key);
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  };
  const done = Promise.all(Array.from({ length: writers }, writer));
  return {
    result,
    stop: async () => {
      running = false;
      await done;
      return result;
    },
  };
}

export function summarize(attempts: Attempt[]): Record<string, { count: number; maxMs: number }> {
  const out: Record<string, { count: number; maxMs: number }> = {};
  for (const attempt of attempts) {
    const entry = (out[String(attempt.status)] ??= { count: 0, maxMs: 0 });
    entry.count++;
    entry.maxMs = Math.max(entry.maxMs, attempt.ms);
  }
  return out;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
