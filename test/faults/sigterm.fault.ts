import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentableArticleId, queryDatabase, sleep, startApp, stopApp, type App } from './app';
import { faultPort, formatMs, report } from './report';

// Fault (c): SIGTERM to the `npm start` process itself (what docker stop and most supervisors
// send) while view beacons pour in: the server stops, frees its port, and every view it
// acknowledged (202) is counted. Also: a second start on a port in use exits non-zero.

let dir: string;
let app: App;
let url: string;
const port = faultPort(2);

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'midad-fault-sigterm-'));
  url = `file:${dir}/fault.db`;
  app = await startApp(port, url);
});

afterAll(async () => {
  if (app) await stopApp(app);
  rmSync(dir, { recursive: true, force: true });
});

function portIsFree(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(true));
  });
}

async function beacon(articleId: number): Promise<number> {
  try {
    const response = await fetch(`${app.base}/api/views`, {
      method: 'POST',
      body: JSON.stringify({ id: articleId }),
      headers: {
        origin: app.base,
        'content-type': 'text/plain;charset=UTF-8',
        'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/140 Safari/537.36',
        'x-forwarded-for': `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]}`,
      },
      signal: AbortSignal.timeout(10_000),
    });
    return response.status;
  } catch {
    return 0;
  }
}

describe('stopping', () => {
  it('a second start on a port in use exits with a non-zero status', async () => {
    const second = await startApp(port, url).then(
      (started) => ({ started }),
      (error: Error) => ({ error }),
    );
    expect('error' in second ? second.error.message : 'it started').toMatch(/EADDRINUSE/);
    expect(await portIsFree()).toBe(false); // the first server still owns it
  });

  it('SIGTERM to npm start under beacon load stops the server and counts every acknowledged view', async () => {
    const articleId = await commentableArticleId(url);
    const [before] = await queryDatabase<{ viewsTotal: number }>(url, `SELECT "viewsTotal" FROM "Article" WHERE id = ?`, [articleId]);
    expect(await beacon(articleId)).toBe(202); // the route is loaded before the load starts
    const statuses: number[] = [202];
    let running = true;
    const senders = Array.from({ length: 8 }, async () => {
      while (running) {
        const status = await beacon(articleId);
        statuses.push(status);
        if (status === 0) await sleep(50);
      }
    });
    // Signal while beacons are pouring in: once a good number has been acknowledged.
    const loadStarted = Date.now();
    while (statuses.filter((status) => status === 202).length < 40 && Date.now() - loadStarted < 30_000) await sleep(50);
    const signalledAt = Date.now();
    process.kill(app.child.pid!, 'SIGTERM'); // the npm process, not its group
    const exit = await app.exited;
    const stoppedMs = Date.now() - signalledAt;
    running = false;
    await Promise.all(senders);

    const [after] = await queryDatabase<{ viewsTotal: number }>(url, `SELECT "viewsTotal" FROM "Article" WHERE id = ?`, [articleId]);
    const acknowledged = statuses.filter((status) => status === 202).length;
    const counted = Number(after!.viewsTotal) - Number(before!.viewsTotal);
    const unanswered = statuses.filter((status) => status === 0).length;
    const others = statuses.filter((status) => status !== 202 && status !== 0);
    report('SIGTERM to the npm start process under view-beacon load (8 senders)', {
      client: [
        `view beacons: 202 ×${acknowledged}, refused or unanswered once the server stopped listening ×${unanswered}` + (others.length ? `, other statuses ${others.join(', ')}` : ''),
        `the server exited ${formatMs(stoppedMs)} after the signal with code ${exit.code} (signal ${exit.signal ?? 'none'}), and its port was free`,
      ],
      stored: [`${counted} views added to the article for ${acknowledged} acknowledged beacons`],
      figures: { acknowledged, counted, unanswered, exit, stoppedMs, log: app.output().split('\n').filter((line) => /stopping|stopped|views:/.test(line)) },
    });

    expect(exit).toEqual({ code: 0, signal: null });
    expect(await portIsFree()).toBe(true);
    expect(acknowledged).toBeGreaterThanOrEqual(40);
    expect(counted).toBe(acknowledged);
  });
});
