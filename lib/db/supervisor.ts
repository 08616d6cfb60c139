import { env } from '@/env';
import { createDb, type Db } from './client';

const REBUILD_AT_MOST_EVERY_MS = 1000;

/**
 * Owns the process's Prisma client and replaces it when its connection may be damaged (a COMMIT
 * failed, an I/O error, a lost PostgreSQL connection). Callers hold `client` (a stable proxy), so
 * they never see the swap. The old client is closed after `graceMs`, when work already running
 * on it has finished or timed out.
 */
export class DbSupervisor {
  private current: Db;
  private lastRebuild = 0;
  private pendingRebuild: NodeJS.Timeout | null = null;
  readonly client: Db;
  rebuilds = 0;

  constructor(
    private readonly url: string | undefined,
    private readonly graceMs: number,
  ) {
    this.current = this.build();
    this.client = new Proxy({} as Db, {
      get: (_target, property) => {
        const value = Reflect.get(this.current, property, this.current) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(this.current) : value;
      },
    });
  }

  private build(): Db {
    return createDb(this.url, { onFatal: (error) => this.scheduleRebuild(error) });
  }

  private scheduleRebuild(error: unknown) {
    if (this.pendingRebuild) return;
    const wait = Math.max(0, this.lastRebuild + REBUILD_AT_MOST_EVERY_MS - Date.now());
    this.pendingRebuild = setTimeout(() => {
      this.pendingRebuild = null;
      this.rebuild(error);
    }, wait);
    this.pendingRebuild.unref();
  }

  /** Swaps in a fresh client; the old one is closed after the grace period. */
  rebuild(reason?: unknown) {
    const old = this.current;
    this.current = this.build();
    this.lastRebuild = Date.now();
    this.rebuilds++;
    const why = reason instanceof Error ? reason.message.split('\n').pop() : String(reason ?? 'asked');
    console.warn(`database: client rebuilt (${why})`);
    setTimeout(() => void old.$disconnect().catch(() => undefined), this.graceMs).unref();
  }
}

const globalForDb = globalThis as unknown as { midadDbSupervisor?: DbSupervisor };

/**
 * The process's one supervised client: the app (`lib/db`), its background jobs, the custom
 * server's lookups and its expiry watcher all share it, so a damaged connection is rebuilt for
 * every one of them and SQLite writers of one process queue on one write lock. Kept on
 * globalThis: server.ts and Next's bundle load their own copies of this module, and dev hot
 * reloads would otherwise open a new pool each time.
 */
export function processDbSupervisor(): DbSupervisor {
  globalForDb.midadDbSupervisor ??= new DbSupervisor(undefined, env.DATABASE_STATEMENT_TIMEOUT_MS + 5000);
  return globalForDb.midadDbSupervisor;
}
