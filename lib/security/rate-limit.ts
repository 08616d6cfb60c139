import 'server-only';
import { env } from '@/env';
import { db } from '@/lib/db';
import { getRedis } from '@/lib/redis/client.mjs';

// Fixed-window counters shared by every app instance: in Redis when REDIS_URL is set (one atomic
// script per call, keys expiring with their window), in the database otherwise (one atomic
// INSERT … ON CONFLICT … RETURNING, the same on SQLite ≥ 3.35 and PostgreSQL). While Redis is
// unreachable the database counts instead, and Redis takes over again once it is back.

export type RateLimitResult = { allowed: boolean; retryAfterSeconds: number; count: number };

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
type Sql = Pick<Tx, '$queryRaw' | '$executeRaw'>;

const COUNT = (key: string) => `midad:rl:${key}`;
const BLOCK = (key: string) => `midad:rl-block:${key}`;

/** The Redis client when configured and connected; null sends the caller to the database. */
function redis() {
  const client = getRedis(env.REDIS_URL);
  return client?.isReady ? client : null;
}

/** Runs `onRedis` when Redis is up, else (or when it fails midway) `onDatabase`. */
async function either<T>(onRedis: (client: NonNullable<ReturnType<typeof redis>>) => Promise<T>, onDatabase: () => Promise<T>): Promise<T> {
  const client = redis();
  if (client) {
    try {
      return await onRedis(client);
    } catch (error) {
      console.error('rate limit: Redis failed, counting in the database', error instanceof Error ? error.message : error);
    }
  }
  return onDatabase();
}

const secondsUntil = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

// INCR, with the window's expiry set by the hit that opens it. Returns [count, ms left].
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {count, ttl}`;

async function redisHit(client: NonNullable<ReturnType<typeof redis>>, key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
  const [count, ttl] = (await client.eval(HIT_SCRIPT, { keys: [COUNT(key)], arguments: [String(windowMs)] })) as [number, number];
  const allowed = count <= limit;
  return { allowed, retryAfterSeconds: allowed ? 0 : secondsUntil(ttl), count };
}

/** One hit on the database counter; a window that has passed starts again at 1. */
async function hitRow(sql: Sql, key: string, windowMs: number, now: Date): Promise<{ count: number; windowStart: Date }> {
  const cutoff = new Date(now.getTime() - windowMs);
  const end = new Date(now.getTime() + windowMs);
  const rows = await sql.$queryRaw<{ count: number | bigint; windowStart: Date }[]>`
    INSERT INTO "RateLimit" ("key", "count", "windowStart", "expiresAt") VALUES (${key}, 1, ${now}, ${end})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" < ${cutoff} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" < ${cutoff} THEN ${now} ELSE "RateLimit"."windowStart" END,
      "blockedTill" = CASE WHEN "RateLimit"."windowStart" < ${cutoff} THEN NULL ELSE "RateLimit"."blockedTill" END,
      "expiresAt" = CASE WHEN "RateLimit"."windowStart" < ${cutoff} THEN ${end} ELSE COALESCE("RateLimit"."expiresAt", ${end}) END
    RETURNING "count", "windowStart"`;
  const row = rows[0]!;
  return { count: Number(row.count), windowStart: new Date(row.windowStart) };
}

/**
 * Counts one event for `key` and says whether it is within `limit` per `windowMs`.
 * (On Redis the window follows Redis's clock, not `now`.)
 */
export async function hit(key: string, limit: number, windowMs: number, now = new Date()): Promise<RateLimitResult> {
  return either(
    async (client) => redisHit(client, key, limit, windowMs),
    async () => {
      const row = await hitRow(db, key, windowMs, now);
      const allowed = row.count <= limit;
      const retryAfterMs = row.windowStart.getTime() + windowMs - now.getTime();
      return { allowed, retryAfterSeconds: allowed ? 0 : secondsUntil(retryAfterMs), count: row.count };
    },
  );
}

/**
 * `hit` on Redis only: null when Redis is not configured or not reachable, for counters too
 * frequent to be worth a database write each (view beacons), which then count in memory.
 */
export async function hitInRedis(key: string, limit: number, windowMs: number): Promise<RateLimitResult | null> {
  return either(
    async (client) => redisHit(client, key, limit, windowMs),
    async () => null,
  );
}

export async function reset(key: string): Promise<void> {
  // Both stores: a count made in the database while Redis was away must not outlive a reset.
  const client = redis();
  if (client) await client.del([COUNT(key), BLOCK(key)]).catch(() => 0);
  await db.rateLimit.deleteMany({ where: { key } });
}

export type Backoff = { threshold: number; windowMs: number; baseSeconds: number; maxSeconds: number };

/**
 * Seconds left on a block for `key`, or 0. A block is set by `recordFailure` and, unlike a
 * window count, attempts made while it lasts neither extend it nor are checked at all.
 */
export async function blockedFor(key: string, now = new Date()): Promise<number> {
  return either(
    async (client) => {
      const ttl = await client.pTTL(BLOCK(key));
      return ttl > 0 ? secondsUntil(ttl) : 0;
    },
    async () => {
      const row = await db.rateLimit.findUnique({ where: { key }, select: { blockedTill: true } });
      if (!row?.blockedTill || row.blockedTill <= now) return 0;
      return secondsUntil(row.blockedTill.getTime() - now.getTime());
    },
  );
}

/**
 * Counts one failure. From the `threshold`-th failure within the window on, the key is blocked
 * for base · 2^(failures − threshold) seconds (capped), so each failure after a block ends
 * doubles the next one. Returns the failures so far.
 */
export async function recordFailure(key: string, rule: Backoff, now = new Date()): Promise<number> {
  const blockSeconds = (count: number) => Math.min(rule.maxSeconds, rule.baseSeconds * 2 ** (count - rule.threshold));
  return either(
    async (client) => {
      const [count] = (await client.eval(HIT_SCRIPT, { keys: [COUNT(key)], arguments: [String(rule.windowMs)] })) as [number, number];
      if (count >= rule.threshold) await client.set(BLOCK(key), '1', { expiration: { type: 'PX', value: blockSeconds(count) * 1000 } });
      return count;
    },
    async () => {
      const { count, windowStart } = await hitRow(db, key, rule.windowMs, now);
      if (count >= rule.threshold) {
        const blockedTill = new Date(now.getTime() + blockSeconds(count) * 1000);
        const windowEnd = new Date(windowStart.getTime() + rule.windowMs);
        const expiresAt = blockedTill > windowEnd ? blockedTill : windowEnd;
        await db.rateLimit.update({ where: { key }, data: { blockedTill, expiresAt } });
      }
      return count;
    },
  );
}

export type Rule = { key: string; limit: number; windowMs: number };

/** Thrown by `hitAllOrNone` when one rule is at its limit; nothing was counted. */
export class LimitReached extends Error {
  constructor(
    readonly rule: number,
    readonly retryAfterSeconds: number,
  ) {
    super('rate limit reached');
  }
}

// All rules pass and are counted, or none is counted: checks first, then increments.
const ALL_OR_NONE_SCRIPT = `
for i, key in ipairs(KEYS) do
  local count = tonumber(redis.call('GET', key) or '0')
  if count + 1 > tonumber(ARGV[2 * i - 1]) then return {i, redis.call('PTTL', key)} end
end
for i, key in ipairs(KEYS) do
  redis.call('INCR', key)
  if redis.call('PTTL', key) < 0 then redis.call('PEXPIRE', key, ARGV[2 * i]) end
end
return {0, 0}`;

/**
 * Counts one event against every rule, or against none when any is at its limit (then throws
 * LimitReached). Given a transaction `tx`, the database counts inside it, so the caller's write
 * and the count commit or roll back together; each counter row stays locked by its upsert until
 * then, so concurrent callers on any instance queue on it instead of reading a stale count.
 */
export async function hitAllOrNone(rules: Rule[], options: { tx?: Tx; now?: Date } = {}): Promise<void> {
  if (!rules.length) return;
  const now = options.now ?? new Date();
  const refused = await either(
    async (client) => {
      const args = rules.flatMap((rule) => [String(rule.limit), String(rule.windowMs)]);
      const [index, ttl] = (await client.eval(ALL_OR_NONE_SCRIPT, { keys: rules.map((rule) => COUNT(rule.key)), arguments: args })) as [number, number];
      return index ? new LimitReached(index - 1, secondsUntil(ttl)) : null;
    },
    async () => {
      try {
        if (options.tx) await countInDatabase(options.tx, rules, now);
        else await db.$transaction((tx) => countInDatabase(tx, rules, now));
        return null;
      } catch (error) {
        if (error instanceof LimitReached) return error;
        throw error;
      }
    },
  );
  // Thrown on, so a caller's transaction rolls back whatever it counted or wrote before this.
  if (refused) throw refused;
}

/**
 * The database side of hitAllOrNone. Rows are taken in key order (no two callers wait on each
 * other crosswise); an over-limit rule leaves its row unchanged (the conditional upsert returns
 * nothing) and the throw rolls back the whole transaction.
 */
async function countInDatabase(tx: Tx, rules: Rule[], now: Date): Promise<void> {
  const order = rules.map((rule, index) => ({ rule, index })).sort((a, b) => (a.rule.key < b.rule.key ? -1 : 1));
  for (const { rule, index } of order) {
    const cutoff = new Date(now.getTime() - rule.windowMs);
    const end = new Date(now.getTime() + rule.windowMs);
    const rows = await tx.$queryRaw<{ count: number | bigint }[]>`
      INSERT INTO "RateLimit" ("key", "count", "windowStart", "expiresAt") VALUES (${rule.key}, 1, ${now}, ${end})
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE WHEN "RateLimit"."windowStart" <= ${cutoff} THEN 1 ELSE "RateLimit"."count" + 1 END,
        "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${cutoff} THEN ${now} ELSE "RateLimit"."windowStart" END,
        "blockedTill" = CASE WHEN "RateLimit"."windowStart" <= ${cutoff} THEN NULL ELSE "RateLimit"."blockedTill" END,
        "expiresAt" = CASE WHEN "RateLimit"."windowStart" <= ${cutoff} THEN ${end} ELSE COALESCE("RateLimit"."expiresAt", ${end}) END
      WHERE "RateLimit"."windowStart" <= ${cutoff} OR "RateLimit"."count" < ${rule.limit}
      RETURNING "count"`;
    if (rows.length) continue;
    const row = await tx.rateLimit.findUnique({ where: { key: rule.key }, select: { windowStart: true } });
    const left = (row?.windowStart.getTime() ?? now.getTime()) + rule.windowMs - now.getTime();
    throw new LimitReached(index, secondsUntil(left));
  }
}
