import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisForApp } from '@/test/helpers/redis-app';

// The same counters with REDIS_URL set: shared through Redis, falling back to the database
// while Redis is down, and back on Redis by themselves when it returns.

let redis: Awaited<ReturnType<typeof startRedisForApp>>;
let limits: typeof import('./rate-limit');
let client: typeof import('@/lib/redis/client.mjs');
let db: typeof import('@/lib/db').db;


beforeAll(async () => {
  redis = await startRedisForApp();
  limits = await import('./rate-limit');
  client = await import('@/lib/redis/client.mjs');
  ({ db } = await import('@/lib/db'));
  await redis.connected(true);
});

afterAll(async () => {
  await client?.closeRedis();
  await redis?.stop();
});

describe('rate limits on Redis', () => {
  it('counts in Redis, atomically, with the window as the key’s expiry, and writes nothing to the database', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => limits.hit('redis:concurrent', 10, 60_000)));
    expect(results.map((result) => result.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(results.filter((result) => result.allowed)).toHaveLength(10);
    expect(results.find((result) => !result.allowed)!.retryAfterSeconds).toBe(60);
    const redisClient = client.getRedis(process.env.REDIS_URL)!;
    expect(await redisClient.get('midad:rl:redis:concurrent')).toBe('50');
    expect(await redisClient.pTTL('midad:rl:redis:concurrent')).toBeGreaterThan(55_000);
    expect(await db.rateLimit.count()).toBe(0);
  });

  it('blocks after the threshold and reset lifts the block', async () => {
    const rule = { threshold: 2, windowMs: 60_000, baseSeconds: 30, maxSeconds: 300 };
    await limits.recordFailure('redis:signin', rule);
    expect(await limits.blockedFor('redis:signin')).toBe(0);
    await limits.recordFailure('redis:signin', rule);
    expect(await limits.blockedFor('redis:signin')).toBe(30);
    await limits.reset('redis:signin');
    expect(await limits.blockedFor('redis:signin')).toBe(0);
  });

  it('hitAllOrNone refuses without counting anything', async () => {
    const rules = [
      { key: 'redis:all:a', limit: 5, windowMs: 60_000 },
      { key: 'redis:all:b', limit: 1, windowMs: 60_000 },
    ];
    await limits.hitAllOrNone(rules);
    const refused = await limits.hitAllOrNone(rules).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(limits.LimitReached);
    expect((refused as InstanceType<typeof limits.LimitReached>).rule).toBe(1);
    expect(await client.getRedis(process.env.REDIS_URL)!.get('midad:rl:redis:all:a')).toBe('1');
  });

  it('shares the beacon limit between instances through Redis, keyed by a hash and by /64', async () => {
    const { BeaconLimiter } = await import('@/lib/views/beacon-limit');
    // Two limiters stand for two instances: each has its own memory, Redis is what they share.
    const [a, b] = [new BeaconLimiter(3), new BeaconLimiter(3)];
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await (i % 2 ? b : a).allow(`2001:db8:5:5::${i + 1}`));
    expect(answers).toEqual([true, true, true, false, false]);
    const keys = await client.getRedis(process.env.REDIS_URL)!.keys('midad:rl:beacon:*');
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toContain('2001');
  });

  it('falls back to the database while Redis is down and returns to Redis when it is back', async () => {
    await redis.stop();
    await redis.connected(false);
    expect(await limits.hit('redis:outage', 5, 60_000)).toMatchObject({ count: 1, allowed: true });
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: 'redis:outage' } })).count).toBe(1);
    expect(await limits.hitInRedis('redis:outage', 5, 60_000)).toBeNull();

    await redis.start();
    await redis.connected(true);
    expect(await limits.hit('redis:outage', 5, 60_000)).toMatchObject({ count: 1, allowed: true });
    expect(await client.getRedis(process.env.REDIS_URL)!.get('midad:rl:redis:outage')).toBe('1');
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: 'redis:outage' } })).count).toBe(1);
  });
});
