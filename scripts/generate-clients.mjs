// Generates the Prisma clients for both databases (one per provider, since Prisma fixes the
// provider at generation). Runs after npm install; no database is touched.
import { execFileSync } from 'node:child_process';

execFileSync('node', ['scripts/sync-postgres-schema.mjs'], { stdio: 'inherit' });
for (const url of ['file:./data/generate.db', 'postgresql://localhost:5432/generate']) {
  // The URL only selects the schema in prisma.config.ts; generation never connects.
  execFileSync('npx', ['prisma', 'generate'], {
    stdio: 'pipe',
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
  });
}
console.log('Prisma clients generated for SQLite and PostgreSQL');
