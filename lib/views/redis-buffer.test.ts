import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisForApp } from '@/test/helpers/redis-app';

type ViewHelpers = typeof import('@/test/helpers/views');

// The view buffer with REDIS_URL set, on a real redis-server: accepted views wait in Redis, so
// an instance that dies before flushing loses nothing; a flusher dying mid-flush neither loses
// nor doubles a view; while Redis is away, views wait in memory as without Redis.

let redis: Awaited<ReturnType<typeof startRedisForApp>>;
let client: typeof import('@/lib/redis/client.mjs');
let buffer: typeof import('./redis-buffer');
let POST: typeof import('@/app/api/views/route').POST;
let getRecorder: typeof import('./recorder').getRecorder;
let db: typeof import('@/lib/db').db;
// Imported once REDIS_URL is set: env.ts reads the environment when first loaded.
let beacon: ViewHelpers['beacon'];
let createArticles: ViewHelpers['createArticles'];
let totalViews: ViewHelpers['totalViews'];

// The flushing instance ("B"); the instance that accepted the beacons ("A") never flushes.
const B = 'instance-b';
const flush = () => buffer.flushRedisViews(client.getRedis(redis.url)!, db as never, B, 60_000);


beforeAll(async () => {
  redis = await startRedisForApp();
  // Only the test flushes: no timed flush of the memory buffer either.
  process.env.VIEWS_FLUSH_MS = '600000';
  client = await import('@/lib/redis/client.mjs');
  buffer = await import('./redis-buffer');
  ({ POST } = await import('@/app/api/views/route'));
  ({ getRecorder } = await import('./recorder'));
  ({ db } = await import('@/lib/db'));
  ({ beacon, createArticles, totalViews } = await import('@/test/helpers/views'));
  await redis.connected(true);
});

afterAll(async () => {
  await client?.closeRedis();
  await redis?.stop();
});

const send = (id: number, reader: number) => POST(beacon({ id }, { address: `198.51.100.${reader}` }));

describe('view buffer in Redis', () => {
  it('keeps acknowledged views in Redis, not in the instance, so another instance counts them after the first one died', async () => {
    const [article] = (await createArticles(1)).published;
    for (let reader = 1; reader <= 30; reader++) expect((await send(article!.id, reader)).status).toBe(202);
    // The same readers again: one view each within the dedup window.
    for (let reader = 1; reader <= 30; reader++) expect((await send(article!.id, reader)).status).toBe(202);
    // A dies now (kill -9): whatever it held in memory is gone.
    expect(getRecorder().pending).toBe(0);
    expect(await totalViews(article!.id)).toEqual({ total: 0, buckets: 0 });

    expect(await flush()).toBe(30);
    expect(await totalViews(article!.id)).toEqual({ total: 30, buckets: 30 });
    expect(await flush()).toBe(0);
    expect(await totalViews(article!.id)).toEqual({ total: 30, buckets: 30 });
  });

  it('neither loses nor doubles views when a flusher dies before or after its database commit', async () => {
    const [article] = (await createArticles(1)).published;
    for (let reader = 1; reader <= 10; reader++) await send(article!.id, reader);
    const redisClient = client.getRedis(redis.url)!;

    // Dies before the commit: the sealed batch stays in Redis.
    const failingDb = new Proxy(db, {
      get: (target, name) => (name === '$transaction' ? () => Promise.reject(new Error('connection lost')) : Reflect.get(target, name, target)),
    }) as never;
    await expect(buffer.flushRedisViews(redisClient, failingDb, B, 60_000)).rejects.toThrow('connection lost');
    expect(await totalViews(article!.id)).toEqual({ total: 0, buckets: 0 });

    // More views arrive meanwhile; the next flusher dies after its commit, before deleting the batches.
    for (let reader = 11; reader <= 15; reader++) await send(article!.id, reader);
    const dyingClient = new Proxy(redisClient, {
      get: (target, name) => (name === 'del' ? () => Promise.reject(new Error('killed')) : Reflect.get(target, name, target)),
    });
    await expect(buffer.flushRedisViews(dyingClient, db as never, B, 60_000)).rejects.toThrow('killed');
    expect((await totalViews(article!.id)).total).toBeGreaterThan(0);

    // The next flush finishes the work: every view once.
    await flush();
    expect(await totalViews(article!.id)).toEqual({ total: 15, buckets: 15 });
    expect(await redisClient.sCard('midad:views:batches')).toBe(0);
  });

  it('lets one instance flush at a time: another holder of the lease leaves the buffer alone', async () => {
    const [article] = (await createArticles(1)).published;
    await send(article!.id, 1);
    expect(await buffer.flushRedisViews(client.getRedis(redis.url)!, db as never, 'instance-c', 60_000)).toBe(0);
    expect(await flush()).toBe(1);
  });

  it('buffers in memory while Redis is away, and in Redis again once it is back', async () => {
    const [article] = (await createArticles(1)).published;
    await redis.stop();
    await redis.connected(false);
    expect((await send(article!.id, 1)).status).toBe(202);
    expect(getRecorder().pending).toBe(1);
    await getRecorder().flush();
    expect(await totalViews(article!.id)).toEqual({ total: 1, buckets: 1 });

    await redis.start();
    await redis.connected(true);
    expect((await send(article!.id, 2)).status).toBe(202);
    expect(getRecorder().pending).toBe(0);
    expect(await flush()).toBe(1);
    expect(await totalViews(article!.id)).toEqual({ total: 2, buckets: 2 });
  });
});
