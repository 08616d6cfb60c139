import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentableArticleId, commentLoad, formToken, sleep, startApp, stopApp, summarize, type App } from './app';
import { faultPort, formatMs, report, statuses } from './report';

// Fault (d): another process holds the SQLite write lock for 10 s while readers ask for a cached
// page and writers post comments and view beacons. The writers wait (asynchronously); a cached
// page must not be delayed by more than 100 ms.

let dir: string;
let app: App;
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'midad-fault-lock-'));
  url = `file:${dir}/fault.db`;
  app = await startApp(faultPort(3), url);
});

afterAll(async () => {
  if (app) await stopApp(app);
  rmSync(dir, { recursive: true, force: true });
});

/** A separate process that takes the write lock, says so, holds it `ms`, then commits. */
function holdWriteLock(file: string, ms: number): Promise<void> {
  const script = `
    const db = new (require('better-sqlite3'))(${JSON.stringify(file)});
    db.exec('BEGIN IMMEDIATE');
    db.prepare("UPDATE \\"Setting\\" SET value = value WHERE 0").run();
    process.stdout.write('locked\\n');
    setTimeout(() => { db.exec('COMMIT'); db.close(); }, ${ms});`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
    child.on('exit', (code) => code !== 0 && reject(new Error(`lock holder exited ${code}`)));
  });
}

async function timedGet(href: string) {
  const at = Date.now();
  const started = performance.now();
  const response = await fetch(href);
  await response.arrayBuffer();
  return { at, status: response.status, ms: performance.now() - started, cache: response.headers.get('x-nextjs-cache') };
}

describe('another process holding the SQLite write lock for 10 s', () => {
  it('does not delay a cached page by more than 100 ms', async () => {
    const page = `${app.base}/ar`;
    for (let i = 0; i < 3; i++) await timedGet(page);
    expect((await timedGet(page)).cache).toBe('HIT');

    const articleId = await commentableArticleId(url);
    const token = await formToken(app.base, articleId);

    // The same readers and writers twice, the same length: first with no lock held (the machine's
    // own noise), then while another process holds the write lock.
    const phase = async (lockMs: number) => {
      if (lockMs) await holdWriteLock(path.join(dir, 'fault.db'), lockMs);
      const startedAt = Date.now();
      const comments = commentLoad(app.base, articleId, token, 2, 30_000);
      let beaconsRunning = true;
      const beacons = (async () => {
        while (beaconsRunning) {
          await fetch(`${app.base}/api/views`, {
            method: 'POST',
            body: JSON.stringify({ id: articleId }),
            headers: { origin: app.base, 'user-agent': 'Mozilla/5.0 Chrome/140', 'x-forwarded-for': `10.1.${randomBytes(1)[0]}.${randomBytes(1)[0]}` },
          }).catch(() => undefined);
          await sleep(20);
        }
      })();
      const pages: Awaited<ReturnType<typeof timedGet>>[] = [];
      while (Date.now() - startedAt < 10_000) {
        pages.push(await timedGet(page));
        await sleep(25);
      }
      beaconsRunning = false;
      await beacons;
      await sleep(3000); // a lock held is gone by now: queued writes go through
      return { pages, startedAt, result: await comments.stop() };
    };
    const control = await phase(0);
    const { pages, startedAt: lockedAt, result } = await phase(10_000);
    const median = (list: { ms: number }[]) => list.map((p) => p.ms).sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
    // A cached page's usual time under this load, without the lock: what "delayed" is counted from.
    const usualMs = median(control.pages);
    const usualSlowestMs = Math.max(...control.pages.map((p) => p.ms));
    const slowest = [...pages].sort((a, b) => b.ms - a.ms);
    const posts = summarize(result.attempts);
    report('SQLite: another process holds the write lock for 10 s (2 comment writers, view beacons, a reader)', {
      client: [
        `cached home page while the lock was held: ${pages.length} requests, all ${[...new Set(pages.map((p) => `${p.status} ${p.cache}`))].join('/')}, median ${formatMs(median(pages))}, slowest ${formatMs(slowest[0]!.ms)} (without the lock: median ${formatMs(usualMs)}, slowest ${formatMs(usualSlowestMs)})`,
        `comment posts over both phases: ${statuses(posts)} (posts wait for the lock asynchronously, then go through)`,
      ],
      stored: [
        `${result.acknowledged.size} comments acknowledged and stored; ${result.unacknowledged.length} posts never acknowledged`,
        `server log: ${app.output().split('\n').filter((line) => /^database:|wait|timed? ?out/i.test(line)).slice(0, 5).join(' / ') || 'no database warning'}`,
      ],
      figures: {
        usualMs: Math.round(usualMs),
        usualSlowestMs: Math.round(usualSlowestMs),
        slowestPages: slowest.slice(0, 5).map((p) => ({ afterLockMs: p.at - lockedAt, ms: Math.round(p.ms) })),
      },
    });

    expect(pages.every((p) => p.status === 200 && p.cache === 'HIT')).toBe(true);
    // The lock delays no cached page: none slower than 100 ms over the usual median, or than the
    // slowest page of the same run without the lock when the machine itself was busier than that.
    // (Stalls of 0.5–1.1 s were seen near the end of the lock: a background job logged its "no
    // write slot" error as an Error object, and Next source-mapped its stack synchronously. Such
    // failures are logged as one line now.)
    expect(slowest[0]!.ms).toBeLessThan(Math.max(usualMs + 100, usualSlowestMs));
    expect(result.unacknowledged).toEqual([]);
    expect(result.acknowledged.size).toBeGreaterThan(0);
  });
});
