import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { PrismaClient } from '.prisma/sqlite';
import { databaseUrl, isPostgresUrl, sqliteFilePath } from './url';

export type Db = PrismaClient;

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
  const adapter = new PrismaBetterSQLite3({ url: file, timeout: 10_000 });
  return new SqliteClient({ adapter });
}

export function isPostgres(): boolean {
  return isPostgresUrl(databaseUrl());
}
