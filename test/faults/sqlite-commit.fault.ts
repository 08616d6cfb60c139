import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentableArticleId, commentLoad, formToken, queryDatabase, sleep, startApp, stopApp, summarize, type App } from './app';
import { mountSmallDisk, type SmallDisk } from './disk';
import { faultPort, formatMs, report, statuses } from './report';

// Fault (a) and (e): the SQLite file's disk fills up under comment load, so COMMITs fail with
// SQLITE_FULL; then space comes back. Writes must work again without a restart, every
// acknowledged comment must be stored once, and /api/health must say 503 while writes fail.

let disk: SmallDisk;
let app: App;
let url: string;

beforeAll(async () => {
  disk = mountSmallDisk(48);
  url = `file:${disk.dir}/fault.db`;
  app = await startApp(faultPort(0), url);
});

afterAll(async () => {
  if (app) await stopApp(app);
  disk?.unmount();
});

async function health(base: string) {
  const started = Date.now();
  const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(15_000) });
  return { status: response.status, ms: Date.now() - started, cache: response.headers.get('cache-control') };
}

describe('a failed COMMIT on a full SQLite disk', () => {
  it('is followed by successful writes without a restart; each acknowledged comment stored once', async () => {
    const articleId = await commentableArticleId(url);
    const token = await formToken(app.base, articleId);
    expect((await health(app.base)).status).toBe(200);

    const load = commentLoad(app.base, articleId, token, 4);
    await sleep(1500);

    // An empty WAL, then no byte left: the next COMMIT must grow the WAL and fails.
    const side = new Database(`${disk.dir}/fault.db`, { timeout: 5000 });
    side.pragma('wal_checkpoint(TRUNCATE)');
    side.close();
    const filledAt = Date.now();
    disk.fill();
    await sleep(3000);
    const whileFull = await health(app.base);

    disk.free();
    const freedAt = Date.now();
    let afterFree = await health(app.base);
    while (afterFree.status !== 200 && Date.now() - freedAt < 15_000) {
      await sleep(250);
      afterFree = await health(app.base);
    }
    const healthyAfterMs = Date.now() - freedAt;
    await sleep(2000);
    const result = await load.stop();

    const keys = [...result.acknowledged];
    const stored = await queryDatabase<{ idempotencyKey: string; n: number }>(
      url,
      `SELECT "idempotencyKey", COUNT(*) AS n FROM "Comment" WHERE "idempotencyKey" IN (${keys.map(() => '?').join(',')}) GROUP BY "idempotencyKey"`,
      keys,
    );
    const duringFault = result.attempts.filter((a) => a.at >= filledAt && a.at < freedAt);
    const afterFix = result.attempts.filter((a) => a.at >= freedAt + healthyAfterMs);
    const storedOnce = stored.filter((row) => Number(row.n) === 1).length;
    const commitFailures = (app.output().match(/COMMIT failed; the transaction was rolled back/g) ?? []).length;
    const rebuilds = (app.output().match(/client rebuilt/g) ?? []).length;
    report('SQLite: a COMMIT fails on a full disk (4 comment writers)', {
      client: [
        `comment posts while the disk was full (${formatMs(freedAt - filledAt)}): ${statuses(summarize(duringFault))}`,
        `/api/health while full: ${whileFull.status} (${whileFull.cache}); 200 again ${formatMs(healthyAfterMs)} after space was freed, same process, no restart`,
        `comment posts after recovery: ${statuses(summarize(afterFix))}`,
      ],
      stored: [
        `${storedOnce} of ${keys.length} acknowledged comments stored exactly once; ${keys.length - stored.length} missing; ${result.unacknowledged.length} posts never acknowledged`,
        `server log: ${commitFailures} failed COMMITs rolled back, client rebuilt ${rebuilds} times`,
      ],
      figures: { acknowledged: keys.length, storedOnce, unacknowledged: result.unacknowledged.length, healthWhileFull: whileFull, healthyAfterFreeMs: healthyAfterMs },
    });

    expect(app.child.exitCode).toBeNull(); // no restart: the same process throughout
    expect(app.output()).toMatch(/COMMIT failed; the transaction was rolled back/);
    expect(duringFault.some((a) => a.status === 503)).toBe(true);
    expect(duringFault.every((a) => a.status !== 500)).toBe(true);
    expect(whileFull.status).toBe(503);
    expect(whileFull.cache).toContain('no-store');
    expect(afterFree.status).toBe(200);
    expect(afterFix.filter((a) => a.status === 201).length).toBeGreaterThan(0);
    expect(afterFix.every((a) => a.status === 201 || a.status === 200)).toBe(true);
    expect(result.unacknowledged).toEqual([]);
    expect(stored).toHaveLength(keys.length);
    expect(stored.every((row) => Number(row.n) === 1)).toBe(true);
  });
});
