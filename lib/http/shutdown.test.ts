import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stopOnSignals } from './shutdown';

// The stop sequence on its own: it waits for the buffers' final writes (the process stays up
// meanwhile), exits 0 when they are done, and exits 1 after telling them to log what is left
// when the deadline passes first.

let server: Server;
const listeners: Array<[string, (...args: never[]) => void]> = [];

function on(event: string, listener: (...args: never[]) => void) {
  process.on(event as never, listener);
  listeners.push([event, listener]);
}

async function listening(): Promise<Server> {
  server = createServer((_request, response) => response.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

afterEach(() => {
  for (const [event, listener] of listeners.splice(0)) process.off(event as never, listener as (...args: unknown[]) => void);
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  vi.restoreAllMocks();
});

describe('stopping on SIGTERM', () => {
  it('waits for the final writes, then exits 0', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    stopOnSignals(await listening(), 5000);
    let finishWrite = () => {};
    on('midad:shutdown', (pending: Promise<unknown>[]) => pending.push(new Promise<void>((resolve) => (finishWrite = resolve))));
    process.emit('SIGTERM', 'SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.listening).toBe(false);
    expect(exit).not.toHaveBeenCalled(); // still writing
    finishWrite();
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0));
  });

  it('gives up at the deadline with status 1, after the buffers were told to log what is left', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    stopOnSignals(await listening(), 400);
    const expired = vi.fn();
    on('midad:shutdown', (pending: Promise<unknown>[]) => pending.push(new Promise(() => {})));
    on('midad:shutdown-expired', expired);
    process.emit('SIGTERM', 'SIGTERM');
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(1), { timeout: 3000 });
    expect(expired).toHaveBeenCalledOnce();
  });
});
