import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';

export type RedisServer = { url: string; port: number; stop: () => Promise<void>; start: () => Promise<void> };

/** True once something accepts connections on 127.0.0.1:port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitFor(check: () => Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * A throwaway redis-server on loopback (Debian's `redis-server`), without persistence. `stop`
 * kills it (to test an outage) and `start` brings it back, empty, on the same port.
 */
export async function startRedis(port = Number(process.env.TEST_REDIS_PORT || 6304)): Promise<RedisServer> {
  let child: ChildProcess | null = null;
  const start = async () => {
    if (await listening(port)) throw new Error(`port ${port} is already in use`);
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    child.once('error', (error) => console.error('redis-server could not start', error));
    await waitFor(() => listening(port), `redis-server on ${port}`);
  };
  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, port, stop, start };
}
