import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import type { TestUser } from './users';

// Production servers of their own, each on a fresh database no other test writes to, so a
// fingerprint of that database shows any write a request made.

export type ExtraServer = { base: string; databaseUrl: string; stop: () => void };

/** The folder of a second build made without proxy.ts (built once, reused while sources stay the same). */
export function buildWithoutProxy(): string {
  return execFileSync('npx', ['tsx', 'scripts/build-without-proxy.ts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
    .trim()
    .split('\n')
    .at(-1)!;
}

export async function startServer(name: string, basePort: number, dir = process.cwd()): Promise<ExtraServer> {
  // Extra servers move with the main one (E2E_PORT), so two checkouts can run the suite side by side.
  const port = basePort + Number(process.env.E2E_PORT || 3200) - 3200;
  // Its own process group, so stopping it ends the server it starts too.
  const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const child: ChildProcess = spawn(tsx, ['scripts/security-server.ts', '--dir', dir, '--port', String(port), '--name', name], {
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://localhost:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  for (let waited = 0; waited < 180_000; waited += 500) {
    if (child.exitCode !== null) {
      stop();
      throw new Error(`${name} server exited with ${child.exitCode}`);
    }
    const up = await fetch(`${base}/ar`).then((response) => response.ok, () => false);
    if (up) return { base, databaseUrl: `file:${path.join(process.cwd(), 'data', `e2e-${name}.db`)}`, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error(`${name} server did not start`);
}

/** Signs in through the API and returns the Cookie header value for the session. */
export async function sessionCookie(request: APIRequestContext, base: string, user: TestUser): Promise<string> {
  const response = await request.post(`${base}/api/auth/sign-in`, {
    form: { email: user.email, password: user.password, locale: 'ar' },
    headers: { origin: base },
    maxRedirects: 0,
  });
  const cookie = response.headers()['set-cookie']?.match(/__Host-midad_session=[^;]+/)?.[0];
  if (!cookie) throw new Error(`sign-in failed for ${user.email}: ${response.status()}`);
  return cookie;
}
