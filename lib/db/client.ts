import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PrismaClient } from '.prisma/sqlite';
import { env } from '@/env';
import { resilientPgFactory } from './pg-adapter';
import { resilientSqliteFactory } from './sqlite-adapter';
import { databaseUrl, isPostgresUrl, sqliteFilePath } from './url';

export type Db = PrismaClient;

export type CreateDbOptions = {
  /** Told when the connection may be unusable; lib/db/supervisor.ts rebuilds the client. */
  onFatal?: (error: unknown) => void;
};

/**
 * Prisma fixes the provider when a client is generated, so each database has its own generated
 * client. Both come from one datamodel and expose the same API; the SQLite one names the type.
 * Every wait is bounded: a transaction that cannot start within DATABASE_WAIT_MS fails (Prisma's
 * own maxWait does not cancel a wait inside the adapter, so the adapters enforce it too).
 */
export function createDb(url: string = databaseUrl(), options: CreateDbOptions = {}): Db {
  const onFatal = options.onFatal ?? (() => undefined);
  const transactionOptions = { maxWait: env.DATABASE_WAIT_MS, timeout: env.DATABASE_STATEMENT_TIMEOUT_MS };
  if (isPostgresUrl(url)) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { PrismaClient: PostgresClient } = require('.prisma/postgres') as typeof import('.prisma/postgres');
    const adapter = resilientPgFactory(url, {
      poolSize: env.DATABASE_POOL_SIZE,
      waitMs: env.DATABASE_WAIT_MS,
      idleTimeoutMs: env.DATABASE_IDLE_TIMEOUT_MS,
      statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
      onFatal,
    });
    return new PostgresClient({ adapter, transactionOptions }) as unknown as Db;
  }
  const file = sqliteFilePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { PrismaClient: SqliteClient } = require('.prisma/sqlite') as typeof import('.prisma/sqlite');
  const adapter = resilientSqliteFactory(file, {
    waitMs: env.DATABASE_WAIT_MS,
    busyTimeoutMs: env.SQLITE_BUSY_TIMEOUT_MS,
    onFatal,
  });
  return new SqliteClient({ adapter, transactionOptions });
}

export function isPostgres(): boolean {
  return isPostgresUrl(databaseUrl());
}
