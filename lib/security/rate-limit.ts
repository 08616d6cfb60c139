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
