import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
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

/** Serves the production build (server.ts); signals to this process reach the server. */
export function serve(port: string, env: NodeJS.ProcessEnv = process.env): ChildProcess {
  const server = spawn('npx', ['tsx', 'server.ts'], { stdio: 'inherit', env: { ...env, PORT: port, NODE_ENV: 'production' } });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
  return server;
}
