import { rmSync } from 'node:fs';
import pg from 'pg';
import { isPostgresUrl, sqliteFilePath } from '@/lib/db/url';
import { ensureBuild, prepareDatabase, serve } from './lib/prepare';

// The server the browser tests run against: a production build on a database emptied and
// re-seeded for each run. E2E_DATABASE_URL picks PostgreSQL; the default is data/e2e.db.
async function resetDatabase(url: string) {
  if (!isPostgresUrl(url)) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(sqliteFilePath(url) + suffix, { force: true });
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
  await client.end();
}

async function main() {
  const url = process.env.E2E_DATABASE_URL || 'file:./data/e2e.db';
  await resetDatabase(url);
  await prepareDatabase(url);
  ensureBuild();
  const port = process.env.E2E_PORT || '3200';
  // The tests reach the server over loopback, trusted as a proxy: a test gives each simulated reader
  // its own address in X-Forwarded-For (the rightmost entry counts).
  await serve(port, { ...process.env, TRUSTED_PROXIES: 'loopback', DATABASE_URL: url, SITE_URL: `http://localhost:${port}` });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
