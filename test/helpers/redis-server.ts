import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection, createServer } from 'node:net';

// A throwaway redis-server (Debian's) for the tests that need a real one: no snapshot, no
// append-only file, gone when stopped. `stop` kills it (to test an outage) and `start` brings it
// back, empty, on the same port. Without a port (or TEST_REDIS_PORT) it takes a free one, so
// test files running side by side never meet on one server.

export type TestRedis = { url: string; port: number; stop(): Promise<void>; start(): Promise<void> };

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startTestRedis(port?: number): Promise<TestRedis> {
  const chosen = port ?? (process.env.TEST_REDIS_PORT ? Number(process.env.TEST_REDIS_PORT) : await freePort());
  let child: ChildProcess | undefined;
  const start = async () => {
    if (await answersPing(chosen)) throw new Error(`port ${chosen} already has a Redis: set TEST_REDIS_PORT to a free one`);
    child = spawn('redis-server', ['--port', String(chosen), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    child.once('error', (error) => {
      throw new Error(`redis-server could not start (apt-get install redis-server): ${error.message}`);
    });
    for (let tries = 0; tries < 200; tries += 1) {
      if (await answersPing(chosen)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`redis-server did not answer on port ${chosen}`);
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGKILL');
    });
  };
  await start();
  return { url: `redis://127.0.0.1:${chosen}`, port: chosen, start, stop };
}
