import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { PrismaClient } from '.prisma/sqlite';
import { databaseUrl, isPostgresUrl, sqliteFilePath } from './url';

export type Db = PrismaClient;

/**
 * The adapter opens its own connection, and `synchronous` is a per-connection setting: set it on
 * every connection the adapter makes. WAL with synchronous=FULL means a write that returned is on
 * disk, so an acknowledged comment survives a crash or power loss.
 */
class DurableSqliteAdapterFactory extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;');
    return adapter;
  }
}

/**
 * Prisma fixes the provider when a client is generated, so each database has its own generated
 * client. Both come from one datamodel and expose the same API; the SQLite one names the type.
 */
export function createDb(url: string = databaseUrl()): Db {
  if (isPostgresUrl(url)) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { PrismaClient: PostgresClient } = require('.prisma/postgres') as typeof import('.prisma/postgres');
    const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  const file = sqliteFilePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { PrismaClient: SqliteClient } = require('.prisma/sqlite') as typeof import('.prisma/sqlite');
  // busy_timeout lets concurrent writers queue instead of failing with SQLITE_BUSY.
  const adapter = new DurableSqliteAdapterFactory({ url: file, timeout: 10_000 });
  return new SqliteClient({ adapter });
}

export function isPostgres(): boolean {
  return isPostgresUrl(databaseUrl());
}
