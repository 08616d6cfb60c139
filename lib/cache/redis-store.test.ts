import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeRedis } from '@/lib/redis/client.mjs';
import { startTestRedis, type TestRedis } from '@/test/helpers/redis-server';
import { getCacheBus } from './bus.mjs';
import { createMemoryStore } from './memory-store.mjs';
import { createRedisStore } from './redis-store.mjs';

// Two stores on one redis-server stand for two instances: what one writes or expires, the other sees.

let redis: TestRedis;
const quiet = { warn: vi.fn(), info: vi.fn() };
const entry = (tags: string[], lastModified = Date.now()) => ({
  value: { kind: 'APP_PAGE', html: '<p>خبر</p>', rscData: Buffer.from([0, 255, 1]), headers: {}, status: 200, segmentData: new Map([['/a', Buffer.from('s')]]) },
  lastModified,
  tags,
});

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function instance(prefix: string) {
  const local = createMemoryStore({ maxBytes: 1024 * 1024 });
  const store = createRedisStore({ url: redis.url, local, prefix, timeoutMs: 300, log: quiet });
  return { local, store };
}

beforeAll(async () => {
  redis = await startTestRedis();
});
afterAll(async () => {
  await closeRedis();
  await redis.stop();
});

describe('Redis store', () => {
  it('shares entries between instances, Buffers and Maps intact', async () => {
    const a = instance('t1:');
    const b = instance('t1:');
    await Promise.all([a.store.ready(), b.store.ready()]);
    await a.store.set('/route-cache/APP_PAGE/x/$/ar', entry(['home:ar']));
    const read = await b.store.get('/route-cache/APP_PAGE/x/$/ar');
    expect(read?.value.html).toBe('<p>خبر</p>');
    expect([...(read?.value.rscData as Buffer)]).toEqual([0, 255, 1]);
    expect((read?.value.segmentData as Map<string, Buffer>).get('/a')?.toString()).toBe('s');
    await Promise.all([a.store.close?.(), b.store.close?.()]);
  });

  it('expires a tag for every instance, and relays the announcement to the other instance', async () => {
    const a = instance('t2:');
    const b = instance('t2:');
    await Promise.all([a.store.ready(), b.store.ready()]);
    await b.store.set('page', entry(['article:5'], Date.now() - 1000));
    expect(await a.store.get('page')).not.toBeNull();
    const seen = vi.fn();
    const stop = getCacheBus().subscribe(seen);
    await a.store.expireTags(['article:5'], Date.now());
    getCacheBus().announce(['article:5']);
    expect(await b.store.get('page')).toBeNull();
    // Once here, and again from the other instance through pub/sub (in this one process both
    // instances relay, so each hears the other).
    await until(() => seen.mock.calls.length >= 2);
    expect(b.local.tagExpiry('article:5')).toBeGreaterThan(0);
    stop();
    await Promise.all([a.store.close?.(), b.store.close?.()]);
  });

  it('keeps serving from memory while Redis is down, logs it once, and uses Redis again when it returns', async () => {
    const log = { warn: vi.fn(), info: vi.fn() };
    const local = createMemoryStore({ maxBytes: 1024 * 1024 });
    const store = createRedisStore({ url: redis.url, local, prefix: 't3:', timeoutMs: 300, log });
    await store.ready();
    await store.set('shared', entry(['home:ar']));
    expect(store.isShared()).toBe(true);

    await redis.stop();
    const started = Date.now();
    await store.set('alone', entry(['home:ar']));
    expect(await store.get('alone')).not.toBeNull();
    expect(await store.get('shared')).toBeNull();
    await store.expireTags(['home:fr'], Date.now());
    expect(Date.now() - started).toBeLessThan(2000);
    await until(() => log.warn.mock.calls.length > 0);
    expect(log.warn).toHaveBeenCalledTimes(1);
    expect(String(log.warn.mock.calls[0]?.[0])).toContain('Redis unavailable');
    expect(store.isShared()).toBe(false);

    await redis.start();
    await until(() => store.isShared(), 10_000);
    expect(log.info).toHaveBeenCalledTimes(1);
    expect(String(log.info.mock.calls[0]?.[0])).toContain('Redis is back');
    // Back on the shared store (the Redis that returned is empty), and what was expired
    // meanwhile reached it.
    expect(await store.get('alone')).toBeNull();
    await store.set('again', entry(['home:ar']));
    expect(await store.get('again')).not.toBeNull();
    await store.set('fr', entry(['home:fr'], Date.now() - 60_000));
    expect(await store.get('fr')).toBeNull();
    expect(log.warn).toHaveBeenCalledTimes(1);
    await store.close?.();
  }, 30_000);

  it('when its subscriber loses the connection and again once it is back, an instance drops what it holds in memory: announcements made meanwhile are lost', async () => {
    const a = instance('t4:');
    await a.store.ready();
    const suspect = vi.fn();
    const stop = getCacheBus().onEverything(suspect);
    // Cached alone while the page cache ran on memory, e.g. during the outage.
    await a.local.set('kept', entry(['home:ar']));

    await redis.stop();
    await until(() => !a.store.isShared());
    // Deaf from now on: what it keeps may go stale before it can hear again.
    await until(() => suspect.mock.calls.length > 0);
    expect(await a.local.get('kept')).toBeNull();
    const atLoss = suspect.mock.calls.length;
    await a.local.set('kept', entry(['home:ar']));
    // Announced by another instance while this one could not hear it: nothing arrives.
    await redis.start();
    await until(() => suspect.mock.calls.length > atLoss, 10_000);
    expect(await a.local.get('kept')).toBeNull();
    stop();
    await a.store.close?.();
  }, 30_000);
});
