import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentableArticleId, commentLoad, formToken, queryDatabase, sleep, startApp, stopApp, summarize, type App } from './app';
import { faultPort, formatMs, report, statuses } from './report';

// Fault (b): PostgreSQL restarted (`pg_ctl restart -m fast`) while comments are posted. The pool
// must get its connections back by itself, posts in flight get a retryable 503, and every
// acknowledged comment is stored once. The cluster is the test's own (FAULT_PG_PORT).

const pgPort = Number(process.env.FAULT_PG_PORT || 55437);
let pgDir: string;
let app: App;
let url: string;

function pgCtl(...args: string[]) {
  const bin = execFileSync('bash', ['-c', 'ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1']).toString().trim();
  const command = [`${bin}/pg_ctl`, '-D', pgDir, ...args];
  execFileSync(process.getuid?.() === 0 ? 'runuser' : command[0]!, process.getuid?.() === 0 ? ['-u', 'postgres', '--', ...command] : command.slice(1), { stdio: 'pipe' });
}

beforeAll(async () => {
  pgDir = mkdtempSync(path.join(tmpdir(), 'midad-fault-pg-'));
  url = execFileSync('bash', ['scripts/pg-server.sh', 'start', pgDir, String(pgPort)]).toString().trim();
  app = await startApp(faultPort(1), url);
});

afterAll(async () => {
  if (app) await stopApp(app);
  execFileSync('bash', ['scripts/pg-server.sh', 'stop', pgDir, String(pgPort)]);
  rmSync(pgDir, { recursive: true, force: true });
});

describe('a PostgreSQL restart under comment load', () => {
  it('is followed by successful writes without a restart of the site; each acknowledged comment stored once', async () => {
    const articleId = await commentableArticleId(url);
    const token = await formToken(app.base, articleId);
    const load = commentLoad(app.base, articleId, token, 6);
    await sleep(2000);

    const restartedAt = Date.now();
    pgCtl('restart', '-m', 'fast', '-w', '-l', path.join(pgDir, 'server.log'), '-o', `-c listen_addresses=127.0.0.1 -p ${pgPort} -k /tmp -c fsync=off -c max_connections=200`);
    const upAt = Date.now();
    let healthy = await fetch(`${app.base}/api/health`);
    while (healthy.status !== 200 && Date.now() - upAt < 20_000) {
      await sleep(250);
      healthy = await fetch(`${app.base}/api/health`);
    }
    const healthyAfterMs = Date.now() - upAt;
    await sleep(3000);
    const result = await load.stop();

    const keys = [...result.acknowledged];
    const stored = await queryDatabase<{ idempotencyKey: string; n: string }>(
      url,
      `SELECT "idempotencyKey", COUNT(*) AS n FROM "Comment" WHERE "idempotencyKey" = ANY(?) GROUP BY "idempotencyKey"`,
      [keys],
    );
    const around = result.attempts.filter((a) => a.at + a.ms >= restartedAt && a.at < upAt + healthyAfterMs);
    const afterRecovery = result.attempts.filter((a) => a.at >= upAt + healthyAfterMs);
    const unavailable = around.find((a) => a.status === 503);
    const storedOnce = stored.filter((row) => Number(row.n) === 1).length;
    report('PostgreSQL: pg_ctl restart -m fast under comment load (6 writers)', {
      client: [
        `comment posts around the restart (${formatMs(upAt - restartedAt)} down, until healthy): ${statuses(summarize(around))}` +
          (unavailable ? `; a 503 carried Retry-After ${unavailable.retryAfter} and «${JSON.parse(unavailable.body).message}»` : ''),
        `/api/health 200 ${formatMs(healthyAfterMs)} after the server was back, same process, no restart`,
        `comment posts after recovery: ${statuses(summarize(afterRecovery))}`,
      ],
      stored: [
        `${storedOnce} of ${keys.length} acknowledged comments stored exactly once; ${keys.length - stored.length} missing; ${result.unacknowledged.length} posts never acknowledged`,
        `server log: client rebuilt ${(app.output().match(/client rebuilt/g) ?? []).length} times`,
      ],
      figures: { restartMs: upAt - restartedAt, healthyAfterRestartMs: healthyAfterMs, acknowledged: keys.length, storedOnce, unacknowledged: result.unacknowledged.length },
    });

    expect(app.child.exitCode).toBeNull();
    expect(healthy.status).toBe(200);
    expect(around.every((a) => a.status !== 500)).toBe(true);
    if (unavailable) {
      expect(unavailable.retryAfter).toBe('5');
      expect(JSON.parse(unavailable.body).message).toMatch(/أعد المحاولة/);
    }
    expect(afterRecovery.filter((a) => a.status === 201).length).toBeGreaterThan(0);
    expect(afterRecovery.every((a) => a.status === 201 || a.status === 200)).toBe(true);
    expect(result.unacknowledged).toEqual([]);
    expect(stored).toHaveLength(keys.length);
    expect(stored.every((row) => Number(row.n) === 1)).toBe(true);
  });
});
