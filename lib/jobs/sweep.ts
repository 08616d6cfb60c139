import type { Db } from '@/lib/db/client';
import { claimLease } from './lease';

export type SweepCounts = { rateLimits: number; sessions: number; viewKeys: number };

// Rows written before rate-limit rows carried their own expiry are dropped after this long.
const LEGACY_RATE_LIMIT_MS = 24 * 3_600_000;

/** Deletes what has expired: rate-limit counters and blocks, sessions, view-dedup keys. */
export async function sweepExpired(db: Db, now = new Date()): Promise<SweepCounts> {
  const legacyCutoff = new Date(now.getTime() - LEGACY_RATE_LIMIT_MS);
  const rateLimits = await db.rateLimit.deleteMany({
    where: {
      OR: [
        { expiresAt: { lt: now } },
        { expiresAt: null, windowStart: { lt: legacyCutoff }, OR: [{ blockedTill: null }, { blockedTill: { lt: now } }] },
      ],
    },
  });
  const sessions = await db.session.deleteMany({ where: { expiresAt: { lt: now } } });
  const viewKeys = await db.viewSeen.deleteMany({ where: { expiresAt: { lt: now } } });
  return { rateLimits: rateLimits.count, sessions: sessions.count, viewKeys: viewKeys.count };
}

/**
 * One sweep per interval across all instances: each instance asks every interval, and only the
 * one that takes the (unrenewable) lease sweeps. Returns null when another instance had it.
 */
export async function sweepIfDue(db: Db, holder: string, intervalMs: number, now = new Date()): Promise<SweepCounts | null> {
  // A little under the interval, so the instance that swept last can take it again next time.
  if (!(await claimLease(db, 'sweep', holder, Math.max(1000, intervalMs - 1000), { now }))) return null;
  return sweepExpired(db, now);
}
