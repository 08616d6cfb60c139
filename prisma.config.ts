import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { databaseUrl, isPostgresUrl, sqliteFilePath } from './lib/db/url';

// The JS schema engine with a driver adapter runs offline; the native one is not needed.
const url = databaseUrl();
// The schema's env("DATABASE_URL") must resolve even when the default is used.
process.env.DATABASE_URL = url;
const postgres = isPostgresUrl(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: postgres ? path.join('prisma', 'postgres', 'schema.prisma') : path.join('prisma', 'schema.prisma'),
  migrations: {
    path: postgres ? path.join('prisma', 'postgres', 'migrations') : path.join('prisma', 'migrations'),
    seed: 'tsx prisma/seed.ts',
  },
  adapter: async () =>
    postgres ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url: sqliteFilePath(url) }),
});
