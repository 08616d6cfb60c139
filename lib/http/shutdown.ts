import type { Server } from 'node:http';
import { env } from '@/env';

/**
 * Stops the server on SIGTERM/SIGINT without losing acknowledged work: stop accepting, let the
 * requests in flight answer, then let buffers (views) write what they hold, and only then exit.
 * Listeners of 'midad:shutdown' push the promise of their final write into the array they get.
 * The deadline timer is deliberately not unref()'d: it is what keeps the process alive while a
 * slow database finishes, and what ends it (status 1, after 'midad:shutdown-expired' lets each
 * buffer log what it could not write) if the database never does.
 */
export function stopOnSignals(server: Server, timeoutMs: number = env.SHUTDOWN_TIMEOUT_MS): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    console.log(`${signal}: stopping (finishing requests, writing buffered data; at most ${timeoutMs} ms)`);
    const deadline = setTimeout(() => {
      process.emit('midad:shutdown-expired' as never);
      console.error(`stopped after ${timeoutMs} ms with work unfinished (see above for what was not written)`);
      process.exit(1);
    }, timeoutMs);

    // Answers still in flight tell keep-alive clients to go (Connection: close), idle connections
    // are closed as they become idle, and any still busy at half the budget are cut, leaving the
    // rest of it for the writes.
    server.on('request', (_request, response) => {
      response.shouldKeepAlive = false;
    });
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    const cut = setTimeout(() => server.closeAllConnections(), timeoutMs / 2);
    await closed;
    clearInterval(sweep);
    clearTimeout(cut);

    const pending: Promise<unknown>[] = [];
    process.emit('midad:shutdown' as never, pending as never);
    await Promise.allSettled(pending);
    clearTimeout(deadline);
    console.log(`stopped cleanly in ${Date.now() - started} ms`);
    process.exit(0);
  };
  process.on('SIGTERM', (signal) => void stop(signal));
  process.on('SIGINT', (signal) => void stop(signal));
}
