// The one Redis connection of a process, shared by the shared counters and the page cache.
//
// Plain JavaScript for the same reason as lib/cache/bus.mjs: Next loads the cacheHandler by path
// at run time, outside its bundle, and that handler needs this connection too. The client lives on
// globalThis so every copy of this module in one process shares it.
//
// Redis is an accelerator here, never a single point of failure: the client reconnects by itself
// with a growing pause, errors are logged (once per outage) instead of thrown at the process, and
// every command gives up after COMMAND_TIMEOUT_MS. Callers check `isReady` and fall back (to the
// database, or to rendering) while it is away.
import { createClient } from 'redis';

const KEY = Symbol.for('midad.redis.client');
const COMMAND_TIMEOUT_MS = 1000;
const CONNECT_TIMEOUT_MS = 2000;
const MAX_RECONNECT_PAUSE_MS = 5000;

/**
 * @typedef {ReturnType<typeof createClient>} Redis
 * @typedef {{ url: string, client: Redis, down: boolean }} Holder
 */

/** Pause before reconnect attempt `retries` (0, 1, …): 100 ms doubling up to 5 s, with jitter. */
export function reconnectPause(retries) {
  const base = Math.min(MAX_RECONNECT_PAUSE_MS, 100 * 2 ** Math.min(retries, 10));
  return Math.round(base / 2 + Math.random() * (base / 2));
}

/**
 * A new client for `url`, already connecting. Commands sent while it is disconnected fail at once
 * (no offline queue): a rate limit must answer now, from the database, rather than wait for Redis.
 * @param {string} url
 * @param {{ onDown?: (error: unknown) => void, onUp?: () => void }} [events]
 * @returns {Redis}
 */
export function connectRedis(url, events = {}) {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    commandOptions: { timeout: COMMAND_TIMEOUT_MS },
    socket: { connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy: reconnectPause },
  });
  let down = false;
  client.on('error', (error) => {
    if (down) return;
    down = true;
    console.error(`redis: connection lost (${error instanceof Error ? error.message : String(error)}); retrying`);
    events.onDown?.(error);
  });
  client.on('ready', () => {
    if (down) console.error('redis: connection restored');
    down = false;
    events.onUp?.();
  });
  // The first connection may fail too; the reconnect strategy keeps trying, and `error` logs it.
  client.connect().catch(() => {});
  return client;
}

/**
 * The process's client for REDIS_URL, or null when Redis is not configured. The URL is passed by
 * the caller (env.ts validates it), so this module reads no environment itself.
 * @param {string | undefined} url
 * @returns {Redis | null}
 */
export function getRedis(url) {
  if (!url) return null;
  const store = /** @type {Record<symbol, Holder | undefined>} */ (/** @type {unknown} */ (globalThis));
  const held = store[KEY];
  if (held && held.url === url) return held.client;
  const client = connectRedis(url);
  store[KEY] = { url, client, down: false };
  return client;
}

/**
 * Closes the process's client, if any (tests; server shutdown).
 * @returns {Promise<void>}
 */
export async function closeRedis() {
  const store = /** @type {Record<symbol, Holder | undefined>} */ (/** @type {unknown} */ (globalThis));
  const held = store[KEY];
  store[KEY] = undefined;
  if (held) await held.client.close().catch(() => held.client.destroy());
}
