import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { blockedFor, hit, hitAllOrNone, LimitReached, recordFailure, reset } from './rate-limit';

// The database counters (no REDIS_URL), on SQLite and on PostgreSQL (TEST_DATABASE_URL).

const refusedRule = async (promise: Promise<void>) => {
  try {
    await promise;
    return -1;
  } catch (error) {
    if (error instanceof LimitReached) return error.rule;
    throw error;
  }
};

describe('database rate limits', () => {
  it('counts 40 concurrent hits on one key as 1…40, each exactly once', async () => {
    const results = await Promise.all(Array.from({ length: 40 }, () => hit('test:concurrent', 30, 60_000)));
    expect(results.map((result) => result.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(results.filter((result) => result.allowed)).toHaveLength(30);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: 'test:concurrent' } })).count).toBe(40);
  });

  it('starts a new window once the old one has passed, and stores when the row may be swept', async () => {
    const start = new Date('2030-01-01T00:00:00Z');
    expect((await hit('test:window', 2, 60_000, start)).count).toBe(1);
    expect(await hit('test:window', 2, 60_000, new Date(start.getTime() + 1000))).toMatchObject({ count: 2, allowed: true });
    expect(await hit('test:window', 2, 60_000, new Date(start.getTime() + 2000))).toEqual({ count: 3, allowed: false, retryAfterSeconds: 58 });
    expect(await hit('test:window', 2, 60_000, new Date(start.getTime() + 61_000))).toMatchObject({ count: 1, allowed: true });
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key: 'test:window' } });
    expect(row.expiresAt?.toISOString()).toBe('2030-01-01T00:02:01.000Z');
  });

  it('blocks with a growing backoff from the threshold on, and reset clears it', async () => {
    const rule = { threshold: 3, windowMs: 3_600_000, baseSeconds: 60, maxSeconds: 600 };
    const now = new Date('2030-02-01T00:00:00Z');
    for (let i = 0; i < 2; i++) await recordFailure('test:backoff', rule, now);
    expect(await blockedFor('test:backoff', now)).toBe(0);
    expect(await recordFailure('test:backoff', rule, now)).toBe(3);
    expect(await blockedFor('test:backoff', now)).toBe(60);
    await recordFailure('test:backoff', rule, now);
    expect(await blockedFor('test:backoff', now)).toBe(120);
    // The row is kept at least as long as its block lasts.
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key: 'test:backoff' } });
    expect(row.expiresAt!.getTime()).toBeGreaterThanOrEqual(row.blockedTill!.getTime());
    await reset('test:backoff');
    expect(await blockedFor('test:backoff', now)).toBe(0);
  });

  it('hitAllOrNone counts every rule or none, and says which rule refused', async () => {
    const rules = [
      { key: 'test:all:a', limit: 5, windowMs: 60_000 },
      { key: 'test:all:b', limit: 1, windowMs: 60_000 },
    ];
    expect(await refusedRule(hitAllOrNone(rules))).toBe(-1);
    expect(await refusedRule(hitAllOrNone(rules))).toBe(1);
    // The refused attempt counted nothing, not even on the rule that had room.
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: 'test:all:a' } })).count).toBe(1);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: 'test:all:b' } })).count).toBe(1);
  });

  it('lets exactly `limit` of 20 concurrent attempts through, with their writes, and rolls the rest back', async () => {
    const rule = { key: 'test:flood', limit: 5, windowMs: 60_000 };
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db
          .$transaction(
            async (tx) => {
              await hitAllOrNone([rule], { tx });
              await tx.setting.create({ data: { key: `test.flood.${i}`, value: 'stored' } });
            },
            { maxWait: 30_000, timeout: 30_000 },
          )
          .then(
            () => 'stored',
            (error: unknown) => (error instanceof LimitReached ? 'refused' : String(error)),
          ),
      ),
    );
    expect(outcomes.filter((outcome) => outcome === 'stored')).toHaveLength(5);
    expect(outcomes.filter((outcome) => outcome === 'refused')).toHaveLength(15);
    expect(await db.setting.count({ where: { key: { startsWith: 'test.flood.' } } })).toBe(5);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: 'test:flood' } })).count).toBe(5);
  });
});
