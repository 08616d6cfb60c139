import { describe, expect, it } from 'vitest';
import { db, isPostgres } from '@/lib/db';
import { BeaconLimiter } from './beacon-limit';

// Without Redis, two instances share the beacon limit through the database (the default on
// PostgreSQL); two limiters stand for them, each with memory of its own. (This file runs on both
// databases: `npm test` runs it on SQLite and on PostgreSQL.)

describe('beacon limit without Redis', () => {
  it('holds across two instances on PostgreSQL; on SQLite (one process) memory counts', async () => {
    const [a, b] = [new BeaconLimiter(3), new BeaconLimiter(3)];
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await (i % 2 ? b : a).allow('192.0.2.40'));
    expect(answers).toEqual(isPostgres() ? [true, true, true, false, false, false] : [true, true, true, true, true, true]);
    expect(await db.rateLimit.count({ where: { key: { startsWith: 'beacon:' } } })).toBe(isPostgres() ? 1 : 0);
  });

  it('counts in the database when told to, keyed by a hash', async () => {
    const [a, b] = [new BeaconLimiter(3, 60_000, 'database'), new BeaconLimiter(3, 60_000, 'database')];
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await (i % 2 ? b : a).allow('192.0.2.50'));
    expect(answers).toEqual([true, true, true, false, false, false]);
    // One row, keyed by a hash: the address itself is not stored.
    const rows = await db.rateLimit.findMany({ where: { key: { startsWith: 'beacon:' } } });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.key).not.toContain('192.0.2');
    // Another reader has a limit of its own.
    expect(await b.allow('192.0.2.51')).toBe(true);
  });

  it('starts a new window once the last one has passed', async () => {
    const limiter = new BeaconLimiter(1, 60_000, 'database');
    const start = new Date('2026-12-01T10:00:00Z');
    expect(await limiter.allow('192.0.2.60', start)).toBe(true);
    expect(await limiter.allow('192.0.2.60', new Date(start.getTime() + 30_000))).toBe(false);
    expect(await limiter.allow('192.0.2.60', new Date(start.getTime() + 61_000))).toBe(true);
  });
});
