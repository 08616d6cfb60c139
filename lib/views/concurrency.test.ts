import { beforeAll, describe, expect, it } from 'vitest';
import { POST } from '@/app/api/views/route';
import { db } from '@/lib/db';
import { beacon, createArticles } from '@/test/helpers/views';
import { getRecorder } from './recorder';
import { writeViews } from './write';

let ids: number[];
beforeAll(async () => {
  ids = (await createArticles(20)).published.map((article) => article.id);
});

/** Runs `total` tasks on `clients` parallel workers. */
async function inParallel(total: number, clients: number, task: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) await task(next++);
    }),
  );
}

describe('under many concurrent beacons', () => {
  it('10,000 beacons from distinct readers on 100 parallel clients count exactly 10,000 views', async () => {
    const statuses = new Map<number, number>();
    await inParallel(10_000, 100, async (i) => {
      // Distinct readers: one address each, as server.ts stamps it from the socket or proxy.
      const address = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
      const response = await POST(beacon({ id: ids[i % ids.length] }, { address }));
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      // Flushes run while beacons keep arriving, as the timer would fire in a server.
      if (i % 1500 === 0) void getRecorder().flush();
    });
    await getRecorder().flush();
    expect(Object.fromEntries(statuses)).toEqual({ 202: 10_000 });
    const [buckets, totals, seen] = await Promise.all([
      db.viewBucket.aggregate({ where: { articleId: { in: ids } }, _sum: { count: true } }),
      db.article.aggregate({ where: { id: { in: ids } }, _sum: { viewsTotal: true } }),
      db.viewSeen.count(),
    ]);
    expect(buckets._sum.count).toBe(10_000);
    expect(totals._sum.viewsTotal).toBe(10_000);
    expect(seen).toBe(10_000);
    // Each article got its exact share: 10,000 readers spread evenly over 20 articles.
    const perArticle = await db.article.findMany({ where: { id: { in: ids } }, select: { viewsTotal: true } });
    expect(perArticle.map((row) => row.viewsTotal)).toEqual(ids.map(() => 500));
    // 10,000 requests, each through the rate limit, which is a database row without Redis: about
    // 18 s on PostgreSQL on a quiet 2-core machine. A volume test, not a timed one.
  }, 120_000);

  it('two instances writing overlapping batches at once count each reader once', async () => {
    const id = ids[0]!;
    const before = (await db.article.findUniqueOrThrow({ where: { id } })).viewsTotal;
    const at = new Date();
    const batch = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, k) => ({ key: `race-${from + k}:${id}`, articleId: id, at }));
    // Readers 0-299 and 200-499: the 100 in both must count once, whoever writes first.
    const counted = await Promise.all([writeViews(batch(0, 300), 60_000), writeViews(batch(200, 500), 60_000)]);
    expect(counted[0] + counted[1]).toBe(500);
    expect((await db.article.findUniqueOrThrow({ where: { id } })).viewsTotal).toBe(before + 500);
  });
});
