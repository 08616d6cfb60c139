import 'server-only';
import { createHash } from 'node:crypto';
import { rateLimitSubject } from '@/lib/security/client-address';
import { hitInRedis } from '@/lib/security/rate-limit';
import { getDailySalt } from './salt';

/**
 * Beacons accepted per address (an IPv6 reader: per /64) per window. With Redis the count is
 * shared by every instance. Without it (or while it is away) each instance counts in memory: the
 * beacon endpoint is hit on every page view, and a database write per beacon would cost more than
 * the view itself; N instances then allow N times the limit, which still bounds one address.
 * Keys are hashes under the daily views salt: no address is kept, in Redis or in memory.
 */
export class BeaconLimiter {
  private windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
  ) {}

  /** Counts one beacon from `address`; false when it is over the limit. */
  async allow(address: string, now = new Date()): Promise<boolean> {
    const salt = await getDailySalt(now);
    const key = createHash('sha256').update(salt).update('\0').update(rateLimitSubject(address)).digest('base64url');
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
