import { execFileSync } from 'node:child_process';
import { createDb } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { seedDemoContent } from '@/prisma/demo/seed-content';
import { buildIsStale, recordBuild } from '../build-stamp';

/** Applies migrations and seeds the demo site when the database has no articles. */
export async function prepareDatabase(url: string): Promise<void> {
  const applied = await migrate(url);
  if (applied.length) console.log(`applied migrations: ${applied.join(', ')}`);
  const db = createDb(url);
  try {
    const seeded = await seedDemoContent(db);
    if (seeded) console.log(`seeded ${seeded} demo articles`);
  } finally {
    await db.$disconnect();
  }
}

/** Builds when there is no build or the sources changed since the last one. */
export function ensureBuild(): void {
  if (!buildIsStale()) return;
  console.log('building the site…');
  execFileSync('npx', ['next', 'build'], { stdio: 'inherit' });
  recordBuild();
}

/**
 * Serves the production build in this very process: the server module is imported, not spawned,
 * so the process a supervisor started (npm start, docker stop) is the one that owns the port and
 * receives SIGTERM, and its shutdown (lib/http/shutdown.ts) flushes buffered views before exiting.
 * A chain of wrappers (npm, tsx, npx) used to keep the server alive after SIGTERM, or SIGKILL it
 * before its buffers were written.
 */
export async function serve(port: string, overrides: Record<string, string> = {}): Promise<void> {
  Object.assign(process.env, overrides, { PORT: port, NODE_ENV: 'production' });
  await import('../../server');
}
