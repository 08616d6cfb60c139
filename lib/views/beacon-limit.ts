import 'server-only';
import { createHash } from 'node:crypto';
import { isPostgres } from '@/lib/db';
import { rateLimitSubject } from '@/lib/security/client-address';
import { hit, hitInRedis } from '@/lib/security/rate-limit';
import { getDailySalt } from './salt';

/** Where beacons are counted when Redis is not configured or not reachable. */
export type BeaconFallback = 'database' | 'memory';

/**
 * Beacons accepted per address (an IPv6 reader: per /64) per window. With Redis the count is
 * shared by every instance. Without it (or while it is away):
 * - on PostgreSQL, which is what several instances run on, the database counts (the same atomic
 *   upsert as every other limit), so the limit holds however the balancer spreads beacons;
 * - on SQLite, this process's memory counts. SQLite means one process (several instances need
 *   PostgreSQL), so memory already sees every beacon; a database write per beacon there would
 *   take SQLite's single write lock on every page view, queueing editors' and readers' writes.
 * Keys are hashes under the daily views salt: no address is kept, in Redis, rows or memory.
 */
export class BeaconLimiter {
  private windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly fallback: BeaconFallback = isPostgres() ? 'database' : 'memory',
  ) {}

  /** Counts one beacon from `address`; false when it is over the limit. */
  async allow(address: string, now = new Date()): Promise<boolean> {
    const salt = await getDailySalt(now);
    const key = createHash('sha256').update(salt).update('\0').update(rateLimitSubject(address)).digest('base64url');
    if (this.fallback === 'database') return (await hit(`beacon:${key}`, this.limit, this.windowMs, now)).allowed;
    const shared = await hitInRedis(`beacon:${key}`, this.limit, this.windowMs);
    return shared ? shared.allowed : this.allowInMemory(key, now.getTime());
  }

  private allowInMemory(key: string, now: number): boolean {
    if (this.windows.size > 100_000) this.sweep(now);
    const entry = this.windows.get(key);
    if (!entry || now - entry.start >= this.windowMs) {
      this.windows.set(key, { start: now, count: 1 });
      return true;
    }
    entry.count++;
    return entry.count <= this.limit;
  }

  private sweep(now: number) {
    for (const [key, entry] of this.windows) if (now - entry.start >= this.windowMs) this.windows.delete(key);
  }
}
