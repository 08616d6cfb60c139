import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';

// A throwaway redis-server (Debian's) for the tests that need a real one: no snapshot, no
// append-only file, gone when stopped. TEST_REDIS_PORT picks the port.

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

export async function startTestRedis(port = Number(process.env.TEST_REDIS_PORT ?? 6303)): Promise<TestRedis> {
  let child: ChildProcess | undefined;
  const start = async () => {
    if (await answersPing(port)) throw new Error(`port ${port} already has a Redis: set TEST_REDIS_PORT to a free one`);
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    child.once('error', (error) => {
      throw new Error(`redis-server could not start (apt-get install redis-server): ${error.message}`);
    });
    for (let tries = 0; tries < 100; tries += 1) {
      if (await answersPing(port)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`redis-server did not answer on port ${port}`);
  };
  const stop = async () => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGKILL');
    });
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, port, start, stop };
}
