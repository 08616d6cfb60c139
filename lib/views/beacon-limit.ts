import 'server-only';

/**
 * A per-address fixed-window counter kept in memory: the beacon endpoint is hit on every page
 * view, so a database row per hit (lib/security/rate-limit) would cost more than the view
 * itself. Each instance limits on its own, which still bounds what one address can send.
 */
export class BeaconLimiter {
  private windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
  ) {}

  /** Counts one beacon from `key`; false when it is over the limit. */
  allow(key: string, now = Date.now()): boolean {
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
