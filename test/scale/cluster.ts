import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, openSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ensureBuild, prepareDatabase } from '../../scripts/lib/prepare';
import { startLocalNginx } from '../../deploy/nginx/local';
import { startTestRedis, type TestRedis } from '../helpers/redis-server';

// Everything the multi-instance test runs: one PostgreSQL database, Redis, two production
// instances of the site (A and B) and, when nginx is installed, nginx in front of both.

export const PORTS = {
  a: Number(process.env.SCALE_PORT_A || 3401),
  b: Number(process.env.SCALE_PORT_B || 3402),
  nginx: Number(process.env.SCALE_PORT_NGINX || 8401),
  redis: Number(process.env.SCALE_PORT_REDIS || 6304),
};

export const logDir = mkdtempSync(path.join(os.tmpdir(), 'midad-scale-'));

async function waitFor(check: () => Promise<boolean>, what: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check().catch(() => false))) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what} (logs in ${logDir})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A fresh database on the PostgreSQL server of E2E_DATABASE_URL / TEST_DATABASE_URL, migrated and seeded. */
export async function createDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = process.env.E2E_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!admin?.startsWith('postgres')) throw new Error('the multi-instance test needs PostgreSQL: set E2E_DATABASE_URL=postgresql://…');
  const name = `midad_scale_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  await prepareDatabase(url.toString());
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: admin });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

export type Instance = {
  name: string;
  origin: string;
  start: () => Promise<void>;
  kill: (signal?: NodeJS.Signals) => Promise<void>;
  /** SIGSTOP / SIGCONT: the process hears nothing while paused, as during a network partition. */
  pause: () => void;
  resume: () => void;
};

/** One production instance (server.ts) on `port`; `start` waits until it serves the home page. */
export function instance(name: string, port: number, env: Record<string, string>): Instance {
  const origin = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  return {
    name,
    origin,
    async start() {
      const log = openSync(path.join(logDir, `${name}.log`), 'a');
      child = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
        env: { ...process.env, ...env, PORT: String(port), HOSTNAME: '127.0.0.1', NODE_ENV: 'production' },
        stdio: ['ignore', log, log],
      });
      await waitFor(async () => (await fetch(`${origin}/ar`)).status === 200, `instance ${name} on ${port}`, 120_000);
    },
    async kill(signal = 'SIGKILL') {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill(signal);
      await exited;
    },
    pause() {
      child?.kill('SIGSTOP');
    },
    resume() {
      child?.kill('SIGCONT');
    },
  };
}

/**
 * nginx with the production configuration of deploy/nginx (micro-cache, never-cache rules, the
 * reader's address as the rightmost X-Forwarded-For hop) in front of the instances; null when
 * nginx is not installed.
 */
export async function startNginx(upstreams: number[], port: number): Promise<{ origin: string; stop: () => Promise<void> } | null> {
  if (!['/usr/sbin/nginx', '/usr/bin/nginx'].some((candidate) => spawnSync(candidate, ['-v']).status === 0)) return null;
  const nginx = await startLocalNginx({ port, upstreams: upstreams.map((upstream) => `127.0.0.1:${upstream}`), workers: 1 });
  await waitFor(async () => (await fetch(`${nginx.url}/ar`)).status === 200, `nginx on ${port}`, 30_000);
  return { origin: nginx.url, stop: () => nginx.stop() };
}

export type Cluster = {
  databaseUrl: string;
  redis: TestRedis;
  a: Instance;
  b: Instance;
  nginx: { origin: string; stop: () => Promise<void> } | null;
  stop: () => Promise<void>;
};

/** Builds if needed, then starts the database, Redis, A, B and nginx. */
export async function startCluster(extraEnv: Record<string, string> = {}): Promise<Cluster> {
  ensureBuild();
  const database = await createDatabase();
  const redis = await startTestRedis(PORTS.redis);
  const env = {
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    // The test reaches the instances over loopback (directly, or through nginx): trusted proxies.
    TRUSTED_PROXIES: 'loopback',
    SITE_URL: `http://127.0.0.1:${PORTS.nginx}`,
    VIEWS_FLUSH_MS: '200',
    SCHEDULE_POLL_SECONDS: '2',
    ...extraEnv,
  };
  const a = instance('a', PORTS.a, env);
  const b = instance('b', PORTS.b, env);
  // One after the other: both apply no migration, but the first start warms the build's caches.
  await a.start();
  await b.start();
  const nginx = await startNginx([PORTS.a, PORTS.b], PORTS.nginx);
  return {
    databaseUrl: database.url,
    redis,
    a,
    b,
    nginx,
    stop: async () => {
      await nginx?.stop();
      await Promise.all([a.kill('SIGTERM'), b.kill('SIGTERM')]);
      await redis.stop();
      await database.drop();
    },
  };
}
