// Prisma takes no provider from the environment, so PostgreSQL gets a copy of the portable
// schema with only the provider and client output changed. `--check` fails when the copy is stale.
import { readFileSync, writeFileSync } from 'node:fs';

const source = readFileSync('prisma/schema.prisma', 'utf8');
const header = '// Written by scripts/sync-postgres-schema.mjs from prisma/schema.prisma. Do not edit.\n';
const postgres =
  header +
  source
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output     = "../node_modules/.prisma/sqlite"', 'output     = "../../node_modules/.prisma/postgres"');

if (!postgres.includes('"postgresql"') || !postgres.includes('.prisma/postgres')) {
  throw new Error('prisma/schema.prisma no longer has the provider or output lines this script rewrites');
}

const target = 'prisma/postgres/schema.prisma';
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== postgres) {
    console.error(`${target} is stale: run npm run db:sync-postgres`);
    process.exit(1);
  }
} else {
  writeFileSync(target, postgres);
}
