// The one Redis connection of a process, shared by the counters (rate limits, view buffer) and the
// page cache: this module owns the connection, its reconnect policy and its health.
//
// Plain JavaScript for the same reason as lib/cache/bus.mjs: Next loads the cacheHandler by path
// at run time, outside its bundle, and that handler needs this connection too. The clients live on
// globalThis so every copy of this module in one process shares them.
//
// Redis is an accelerator here, never a single point of failure: the client reconnects by itself
// with a growing pause, errors are logged (once per outage) instead of thrown at the process, and
// every command gives up after COMMAND_TIMEOUT_MS. Callers check `isReady` and fall back (to the
// database, to this instance's memory, or to rendering) while it is away.
import { createClient } from 'redis';

const KEY = Symbol.for('midad.redis.client');
const COMMAND_TIMEOUT_MS = 1000;
const CONNECT_TIMEOUT_MS = 2000;
const MAX_RECONNECT_PAUSE_MS = 2000;

/**
 * @typedef {ReturnType<typeof createClient>} Redis
 * @typedef {{ down?: (error: unknown) => void, up?: () => void }} HealthListener
 * @typedef {{
 *   url: string,
 *   client: Redis,
 *   connected: Promise<void>,
 *   subscriber?: Redis,
 *   subscriberConnected?: Promise<void>,
 *   down: boolean,
 *   listeners: Set<HealthListener>,
 * }} Holder
 */

/** Pause before reconnect attempt `retries` (0, 1, …): 100 ms doubling up to 2 s, with jitter. */
export function reconnectPause(retries) {
  const base = Math.min(MAX_RECONNECT_PAUSE_MS, 100 * 2 ** Math.min(retries, 10));
  return Math.round(base / 2 + Math.random() * (base / 2));
}

/**
 * A new client for `url` with the process's policy. Commands sent while it is disconnected fail
 * at once (no offline queue): a rate limit must answer now, from the database, rather than wait.
 * @param {string} url
 * @returns {Redis}
 */
function createPolicyClient(url) {
  return createClient({
    url,
    disableOfflineQueue: true,
    commandOptions: { timeout: COMMAND_TIMEOUT_MS },
    socket: { connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy: reconnectPause },
  });
}

/** @returns {Record<symbol, Holder | undefined>} */
const processStore = () => /** @type {any} */ (globalThis);

/**
 * The process's holder for `url`, connecting on first use. Health is tracked here once: the first
 * error of an outage is logged and reported to the listeners, and so is the return.
 * @param {string} url
 * @returns {Holder}
 */
function holderFor(url) {
  const held = processStore()[KEY];
  if (held && held.url === url) return held;
  const client = createPolicyClient(url);
  /** @type {Holder} */
  const holder = { url, client, connected: Promise.resolve(), down: false, listeners: new Set() };
  client.on('error', (error) => {
    if (holder.down) return;
    holder.down = true;
    console.error(`redis: connection lost (${error instanceof Error ? error.message : String(error)}); retrying`);
    for (const listener of holder.listeners) listener.down?.(error);
  });
  client.on('ready', () => {
    if (holder.down) console.error('redis: connection restored');
    holder.down = false;
    for (const listener of holder.listeners) listener.up?.();
  });
  // The first connection may fail too; the reconnect strategy keeps trying, and `error` logs it.
  holder.connected = client.connect().then(
    () => undefined,
    () => undefined,
  );
  processStore()[KEY] = holder;
  return holder;
}

/**
 * The process's client for REDIS_URL, or null when Redis is not configured. The URL is passed by
 * the caller (env.ts validates it), so this module reads no environment itself.
 * @param {string | undefined} url
 * @returns {Redis | null}
 */
export function getRedis(url) {
  return url ? holderFor(url).client : null;
}

/**
 * The process's second connection, for pub/sub (a subscribed connection can send nothing else).
 * Same policy; it resubscribes by itself after a reconnection, before its `ready` event.
 * @param {string} url
 * @returns {Redis}
 */
export function getRedisSubscriber(url) {
  const holder = holderFor(url);
  if (!holder.subscriber) {
    const subscriber = createPolicyClient(url);
    // Outages are reported by the command connection; this one only reconnects.
    subscriber.on('error', () => {});
    holder.subscriber = subscriber;
    holder.subscriberConnected = subscriber.connect().then(
      () => undefined,
      () => undefined,
    );
  }
  return holder.subscriber;
}

/**
 * Resolves once the first connection attempts (command and, if made, subscriber) settled.
 * @param {string} url
 */
export async function redisConnected(url) {
  const holder = holderFor(url);
  await Promise.all([holder.connected, holder.subscriberConnected]);
}

/**
 * Calls `listener.down` when Redis becomes unreachable and `listener.up` when the command
 * connection is (again) ready. Returns the function that stops listening.
 * @param {string} url
 * @param {HealthListener} listener
 * @returns {() => void}
 */
export function watchRedis(url, listener) {
  const holder = holderFor(url);
  holder.listeners.add(listener);
  return () => holder.listeners.delete(listener);
}

/**
 * Closes the process's clients, if any (tests; server shutdown).
 * @returns {Promise<void>}
 */
export async function closeRedis() {
  const held = processStore()[KEY];
  processStore()[KEY] = undefined;
  if (!held) return;
  for (const client of [held.client, held.subscriber]) {
    if (client) await client.close().catch(() => client.destroy());
  }
}
