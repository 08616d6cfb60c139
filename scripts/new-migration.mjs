// `prisma migrate dev` needs a native engine; this writes the next migration for both databases
// from a datamodel diff instead. Each history keeps a snapshot of the schema its migrations
// produce (migrated.prisma); the new migration is the diff from that snapshot to the schema.
// Usage: npm run db:new-migration -- <name>
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const name = (process.argv[2] ?? '').replace(/[^a-z0-9_]/gi, '_').toLowerCase();
if (!name) {
  console.error('usage: npm run db:new-migration -- <name>');
  process.exit(2);
}

execFileSync('node', ['scripts/sync-postgres-schema.mjs'], { stdio: 'inherit' });

// The JS schema engine connects even to diff two datamodels: SQLite gets a scratch file and
// PostgreSQL the local test cluster (started if it is not running).
const scratch = path.join(os.tmpdir(), 'midad-migration-diff.db');
const postgresUrl = execFileSync('bash', ['scripts/pg-server.sh', 'start'], { encoding: 'utf8' }).trim();
const histories = [
  { dir: 'prisma', url: `file:${scratch}` },
  { dir: 'prisma/postgres', url: postgresUrl },
];
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);

for (const { dir, url } of histories) {
  const schema = path.join(dir, 'schema.prisma');
  const snapshot = path.join(dir, 'migrations', 'migrated.prisma');
  const from = existsSync(snapshot) ? ['--from-schema-datamodel', snapshot] : ['--from-empty'];
  const sql = execFileSync(
    'npx',
    ['prisma', 'migrate', 'diff', ...from, '--to-schema-datamodel', schema, '--script'],
    { env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' },
  ).replace(/^Loaded Prisma config.*\n/m, '');
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    console.log(`${dir}: no change`);
    continue;
  }
  const target = path.join(dir, 'migrations', `${stamp}_${name}`);
  mkdirSync(target, { recursive: true });
  writeFileSync(path.join(target, 'migration.sql'), sql.trimStart());
  copyFileSync(schema, snapshot);
  console.log(`${dir}: wrote ${target}/migration.sql`);
}
