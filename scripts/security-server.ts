import { rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { prepareDatabase, serve } from './lib/prepare';

// A production server on its own fresh SQLite database, for tests that must see every write:
// npx tsx scripts/security-server.ts --dir <project folder with a build> --port N --name security
const { values } = parseArgs({ options: { dir: { type: 'string' }, port: { type: 'string' }, name: { type: 'string' } } });
const root = process.cwd();
const file = path.join(root, 'data', `e2e-${values.name ?? 'security'}.db`);
const url = `file:${file}`;

async function main() {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  await prepareDatabase(url);
  process.chdir(values.dir ?? root);
  await serve(values.port ?? '3351', {
    ...process.env,
    DATABASE_URL: url,
    SITE_URL: `http://localhost:${values.port}`,
    MEDIA_DIR: path.join(root, 'data', `media-${values.name ?? 'security'}`),
    // The sweep of expired rows is a timer, not a request: left at its 10 minutes it once deleted
    // an expired rate-limit counter between two fingerprints of a slow run, as if a refused
    // request had written. Here it waits a day, past any test run.
    SWEEP_MINUTES: '1440',
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
