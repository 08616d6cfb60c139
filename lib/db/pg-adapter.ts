import { PrismaPg } from '@prisma/adapter-pg';
import type { IsolationLevel, SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, SqlResultSet, Transaction } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { isPgConnectionError } from './errors';

export type PgResilience = {
  poolSize: number;
  /** Longest wait for a pooled connection (and to open one). */
  waitMs: number;
  idleTimeoutMs: number;
  statementTimeoutMs: number;
  /** Told when a connection was lost or a COMMIT failed: the client is rebuilt. */
  onFatal: (error: unknown) => void;
};

type PooledConnection = { release(destroy?: unknown): void };

/**
 * A transaction of Prisma's pg adapter (6.19) gives its connection back to the pool only in
 * commit()/rollback(), which Prisma does not call when the COMMIT or ROLLBACK statement itself
 * fails, as it does when the server restarts mid-transaction: each such failure leaked one pooled
 * connection until the pool was empty and every query waited forever. Here a failed COMMIT or
 * ROLLBACK destroys the connection (it is in an unknown state) and reports it.
 */
class ReleasingTransaction implements Transaction {
  readonly provider = 'postgres' as const;
  readonly adapterName: string;
  readonly options: Transaction['options'];

  constructor(
    private readonly inner: Transaction,
    private readonly onFatal: (error: unknown) => void,
  ) {
    this.adapterName = inner.adapterName;
    this.options = inner.options;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.inner.queryRaw(query);
  }

  async executeRaw(query: SqlQuery): Promise<number> {
    try {
      return await this.inner.executeRaw(query);
    } catch (error) {
      if (/^\s*(COMMIT|ROLLBACK)\b/i.test(query.sql)) this.destroy(error);
      throw error;
    }
  }

  commit(): Promise<void> {
    return this.inner.commit();
  }

  rollback(): Promise<void> {
    return this.inner.rollback();
  }

  private destroy(error: unknown) {
    const tx = this.inner as unknown as { client?: PooledConnection; cleanup?: () => void };
    tx.cleanup?.();
    try {
      tx.client?.release(error instanceof Error ? error : new Error(String(error)));
    } catch {
      // Already released: nothing more to free.
    }
    console.error('database: a transaction could not be closed; its connection was dropped', error);
    this.onFatal(error);
  }
}

class ResilientPgAdapter implements SqlDriverAdapter {
  readonly provider = 'postgres' as const;
  readonly adapterName: string;

  constructor(
    private readonly inner: SqlDriverAdapter,
    private readonly onFatal: (error: unknown) => void,
  ) {
    this.adapterName = inner.adapterName;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.inner.queryRaw(query).catch((error: unknown) => this.fail(error));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.inner.executeRaw(query).catch((error: unknown) => this.fail(error));
  }

  executeScript(script: string): Promise<void> {
    return this.inner.executeScript(script);
  }

  getConnectionInfo() {
    return this.inner.getConnectionInfo?.() ?? { supportsRelationJoins: true };
  }

  dispose(): Promise<void> {
    return this.inner.dispose();
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const tx = await this.inner.startTransaction(isolationLevel).catch((error: unknown) => this.fail(error));
    return new ReleasingTransaction(tx, this.onFatal);
  }

  private fail(error: unknown): never {
    if (isPgConnectionError(error)) this.onFatal(error);
    throw error;
  }
}

/** A pool with timeouts everywhere, error listeners on the pool and on every connection. */
export function resilientPgFactory(url: string, options: PgResilience): SqlDriverAdapterFactory {
  const { poolSize, waitMs, idleTimeoutMs, statementTimeoutMs, onFatal } = options;
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    async connect(): Promise<SqlDriverAdapter> {
      const pool = new pg.Pool({
        connectionString: url,
        max: poolSize,
        connectionTimeoutMillis: waitMs,
        idleTimeoutMillis: idleTimeoutMs,
        // Server side: the statement is cancelled; client side: a query on a dead socket rejects.
        statement_timeout: statementTimeoutMs,
        query_timeout: statementTimeoutMs + 1000,
        idle_in_transaction_session_timeout: statementTimeoutMs * 2,
        keepAlive: true,
      });
      // Without listeners, an error on an idle or checked-out connection (the server restarting)
      // is an unhandled 'error' event that ends the process.
      pool.on('error', (error) => console.error('database: an idle connection failed', error.message));
      pool.on('connect', (connection) => {
        connection.on('error', (error) => console.error('database: a connection failed', error.message));
      });
      const inner = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
      return new ResilientPgAdapter(inner, onFatal);
    },
  };
}
