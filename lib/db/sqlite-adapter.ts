import type BetterSqlite3 from 'better-sqlite3';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import {
  DriverAdapterError,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from '@prisma/driver-adapter-utils';
import { isBusy, isFatalSqliteError, loggableFailure } from './errors';
import { DatabaseWaitTimeout, WriteLock } from './write-lock';

export type SqliteResilience = {
  /** Longest wait for the write lock, in this process and across processes. */
  waitMs: number;
  /** SQLite's own (synchronous, event-loop-blocking) busy wait per statement. */
  busyTimeoutMs: number;
  /** Told when the connection may be unusable (failed COMMIT, I/O error): the client is rebuilt. */
  onFatal: (error: unknown) => void;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` until it does not fail with SQLITE_BUSY or the deadline passes, waiting between
 * tries on a timer. SQLite's busy handler would wait inside the synchronous call and freeze every
 * request of this process, cached pages included, while another process holds the write lock.
 */
async function retryWhileBusy<T>(attempt: () => T | Promise<T>, deadline: number): Promise<T> {
  for (let pause = 2; ; pause = Math.min(pause * 2, 100)) {
    try {
      return await attempt();
    } catch (error) {
      if (!isBusy(error) || Date.now() + pause > deadline) throw error;
      await sleep(pause);
    }
  }
}

function timedOut(waitMs: number): DriverAdapterError {
  return new DriverAdapterError({ kind: 'SocketTimeout', originalMessage: new DatabaseWaitTimeout(waitMs).message });
}

/**
 * Wraps Prisma's better-sqlite3 adapter (6.19) to fix what wedges it (upstream prisma/orm#29933,
 * fix proposed in #29955, not released for 6.19): its transaction mutex is released only by
 * commit()/rollback(), which Prisma does not call when the COMMIT statement itself fails, and it
 * waits for that mutex forever. Here transactions take a WriteLock with a deadline, start with
 * BEGIN IMMEDIATE (so the write lock of the file is held from the start and no later statement
 * meets SQLITE_BUSY), and a failed COMMIT rolls back and releases. Writes outside a transaction
 * take the same lock, so they never land inside another caller's open transaction.
 */
class ResilientSqliteAdapter implements SqlDriverAdapter {
  readonly provider = 'sqlite' as const;
  readonly adapterName: string;
  private readonly lock = new WriteLock();
  private readonly readonlyBySql = new Map<string, boolean>();

  constructor(
    private readonly inner: SqlDriverAdapter,
    private readonly client: BetterSqlite3.Database,
    private readonly options: SqliteResilience,
  ) {
    this.adapterName = inner.adapterName;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.outsideTransaction(query, () => this.inner.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.outsideTransaction(query, () => this.inner.executeRaw(query));
  }

  executeScript(script: string): Promise<void> {
    return this.withWriteLock(() => this.inner.executeScript(script));
  }

  getConnectionInfo() {
    return this.inner.getConnectionInfo?.() ?? { supportsRelationJoins: false };
  }

  dispose(): Promise<void> {
    return this.inner.dispose();
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    if (isolationLevel && isolationLevel !== 'SERIALIZABLE') {
      throw new DriverAdapterError({ kind: 'InvalidIsolationLevel', level: isolationLevel });
    }
    const deadline = Date.now() + this.options.waitMs;
    const release = await this.lock.acquire(this.options.waitMs).catch(() => {
      throw timedOut(this.options.waitMs);
    });
    try {
      await retryWhileBusy(() => this.client.exec('BEGIN IMMEDIATE'), deadline);
    } catch (error) {
      release();
      if (isBusy(error)) throw timedOut(this.options.waitMs);
      this.reportIfFatal(error);
      throw error;
    }
    return new SqliteTransaction(this.inner, this.client, release, (error) => this.options.onFatal(error));
  }

  private isReadOnly(sql: string): boolean {
    let readonly = this.readonlyBySql.get(sql);
    if (readonly === undefined) {
      readonly = this.client.prepare(sql).readonly;
      if (this.readonlyBySql.size > 2000) this.readonlyBySql.clear();
      this.readonlyBySql.set(sql, readonly);
    }
    return readonly;
  }

  private async outsideTransaction<T>(query: SqlQuery, run: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + this.options.waitMs;
    // Reads never wait for the lock: in WAL mode they do not conflict with a writer.
    const attempt = () => (this.isReadOnly(query.sql) ? run() : this.withWriteLock(run));
    try {
      return await retryWhileBusy(attempt, deadline);
    } catch (error) {
      if (isBusy(error)) throw timedOut(this.options.waitMs);
      this.reportIfFatal(error);
      throw error;
    }
  }

  private async withWriteLock<T>(run: () => Promise<T>): Promise<T> {
    const release = await this.lock.acquire(this.options.waitMs).catch(() => {
      throw timedOut(this.options.waitMs);
    });
    try {
      return await run();
    } finally {
      release();
    }
  }

  private reportIfFatal(error: unknown) {
    if (isFatalSqliteError(error)) this.options.onFatal(error);
  }
}

class SqliteTransaction implements Transaction {
  readonly provider = 'sqlite' as const;
  readonly adapterName: string;
  readonly options = { usePhantomQuery: false };

  constructor(
    private readonly inner: SqlDriverAdapter,
    private readonly client: BetterSqlite3.Database,
    private readonly release: () => void,
    private readonly onFatal: (error: unknown) => void,
  ) {
    this.adapterName = inner.adapterName;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.inner.queryRaw(query);
  }

  async executeRaw(query: SqlQuery): Promise<number> {
    if (!/^\s*(COMMIT|ROLLBACK)\b/i.test(query.sql)) return this.inner.executeRaw(query);
    try {
      this.client.exec(query.sql);
      return 0;
    } catch (error) {
      // SQLite may leave the transaction open after a failed COMMIT (busy, I/O error, full or
      // read-only file). Roll it back so the file's write lock is free, release our lock (Prisma
      // will not call commit() now), and have the client rebuilt in case the connection is damaged.
      if (this.client.inTransaction) {
        try {
          this.client.exec('ROLLBACK');
        } catch (rollbackError) {
          console.error('database: ROLLBACK after a failed COMMIT failed too', rollbackError);
        }
      }
      this.release();
      console.error(`database: ${query.sql.trim()} failed; the transaction was rolled back`, loggableFailure(error));
      this.onFatal(error);
      throw error;
    }
  }

  async commit(): Promise<void> {
    this.release();
  }

  async rollback(): Promise<void> {
    this.release();
  }
}

/** A factory Prisma connects through: the stock adapter, WAL + synchronous=FULL, and the wrapper. */
export function resilientSqliteFactory(file: string, options: SqliteResilience): SqlDriverAdapterFactory {
  return {
    provider: 'sqlite',
    adapterName: '@prisma/adapter-better-sqlite3',
    async connect(): Promise<SqlDriverAdapter> {
      const inner = await new PrismaBetterSQLite3({ url: file, timeout: options.busyTimeoutMs }).connect();
      const client = (inner as unknown as { client?: BetterSqlite3.Database }).client;
      if (!client || typeof client.exec !== 'function') throw new Error('database: unexpected SQLite adapter shape');
      // `synchronous` is per connection: WAL with synchronous=FULL means a write that returned is on
      // disk, so an acknowledged comment survives a crash or power loss.
      client.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;');
      return new ResilientSqliteAdapter(inner, client, options);
    },
  };
}
