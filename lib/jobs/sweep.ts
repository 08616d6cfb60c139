import type { Db } from '@/lib/db/client';
import { INVITE_PREFIX, parseInvite } from '@/lib/users/invites';
import { claimLease } from './lease';

export type SweepCounts = { rateLimits: number; sessions: number; viewKeys: number; devices: number; resets: number; invites: number };

// Rows written before rate-limit rows carried their own expiry are dropped after this long.
const LEGACY_RATE_LIMIT_MS = 24 * 3_600_000;

/**
 * Deletes what has expired: rate-limit counters and blocks, sessions, view-dedup keys, device
 * tokens, password-reset links and invitations.
 */
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
  const devices = await db.deviceToken.deleteMany({ where: { expiresAt: { lt: now } } });
  const resets = await db.passwordReset.deleteMany({ where: { expiresAt: { lt: now } } });
  const invites = await sweepInvites(db, now);
  return { rateLimits: rateLimits.count, sessions: sessions.count, viewKeys: viewKeys.count, devices: devices.count, resets: resets.count, invites };
}

/** Invitations keep their expiry inside their stored value, so they are read to be judged. */
async function sweepInvites(db: Db, now: Date): Promise<number> {
  const rows = await db.setting.findMany({ where: { key: { startsWith: INVITE_PREFIX } } });
  const expired = rows.filter((row) => {
    const invite = parseInvite(row.value);
    return !invite || new Date(invite.expiresAt) < now;
  });
  if (!expired.length) return 0;
  const { count } = await db.setting.deleteMany({ where: { key: { in: expired.map((row) => row.key) } } });
  return count;
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
