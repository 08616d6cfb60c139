import 'server-only';
import { db } from '@/lib/db';

export type RateLimitResult = { allowed: boolean; retryAfterSeconds: number; count: number };

/**
 * A fixed-window counter in the database, so every app instance sees the same count.
 * `hit` counts one event for `key` and says whether it is within `limit` per `windowMs`.
 */
export async function hit(key: string, limit: number, windowMs: number, now = new Date()): Promise<RateLimitResult> {
  const windowStart = new Date(now.getTime() - windowMs);
  const row = await db.$transaction(async (tx) => {
    const current = await tx.rateLimit.findUnique({ where: { key } });
    if (!current || current.windowStart < windowStart) {
      return tx.rateLimit.upsert({
        where: { key },
        create: { key, count: 1, windowStart: now },
        update: { count: 1, windowStart: now, blockedTill: null },
      });
    }
    return tx.rateLimit.update({ where: { key }, data: { count: { increment: 1 } } });
  });
  const allowed = row.count <= limit;
  const retryAfterMs = row.windowStart.getTime() + windowMs - now.getTime();
  return { allowed, retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(retryAfterMs / 1000)), count: row.count };
}

/** The current count without adding to it. */
export async function peek(key: string, windowMs: number, now = new Date()): Promise<number> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row || row.windowStart.getTime() < now.getTime() - windowMs) return 0;
  return row.count;
}

export async function reset(key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

export type Backoff = { threshold: number; windowMs: number; baseSeconds: number; maxSeconds: number };

/**
 * Seconds left on a block for `key`, or 0. A block is set by `recordFailure` and, unlike a
 * window count, attempts made while it lasts neither extend it nor are checked at all.
 */
export async function blockedFor(key: string, now = new Date()): Promise<number> {
  const row = await db.rateLimit.findUnique({ where: { key }, select: { blockedTill: true } });
  if (!row?.blockedTill || row.blockedTill <= now) return 0;
  return Math.max(1, Math.ceil((row.blockedTill.getTime() - now.getTime()) / 1000));
}

/**
 * Counts one failure. From the `threshold`-th failure within the window on, the key is blocked
 * for base · 2^(failures − threshold) seconds (capped), so each failure after a block ends
 * doubles the next one. Returns the failures so far.
 */
export async function recordFailure(key: string, rule: Backoff, now = new Date()): Promise<number> {
  const { count } = await hit(key, Number.MAX_SAFE_INTEGER, rule.windowMs, now);
  if (count >= rule.threshold) {
    const seconds = Math.min(rule.maxSeconds, rule.baseSeconds * 2 ** (count - rule.threshold));
    await db.rateLimit.update({ where: { key }, data: { blockedTill: new Date(now.getTime() + seconds * 1000) } });
  }
  return count;
}
