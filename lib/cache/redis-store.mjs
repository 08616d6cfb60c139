// The shared store (REDIS_URL): every instance reads and writes the same entries, and tag
// expiries live in one Redis hash, so an entry written before a tag expired is a miss on every
// instance. Announcements travel between instances by pub/sub.
//
// Written on the `redis` client rather than taken from a packaged Next handler: the packaged
// Redis handlers (e.g. @fortedigital/nextjs-cache-handler) invalidate by deleting the keys a tag
// names, which leaves a race (a page rendered while the tag expires is stored afterwards and
// survives), their own compatibility table lists Next 16 as partial, and the bus hooks and the
// "Redis down → this instance's memory" fallback would have to be wrapped around them anyway.
//
// Redis going away never fails a request: every command is time-limited, a failure is logged
// once, and until the connection (lib/redis/client.mjs, shared with the counters) is back this
// instance uses its memory store.

import { randomUUID } from 'node:crypto';
import { getRedis, getRedisSubscriber, redisConnected, watchRedis } from '../redis/client.mjs';
import { getCacheBus } from './bus.mjs';
import { deserialize, serialize } from './entry.mjs';
import { anyTagExpired } from './memory-store.mjs';

/** @typedef {import('./memory-store.mjs').CacheStore} CacheStore */
/** @typedef {import('./memory-store.mjs').StoredEntry} StoredEntry */

// Entries leave Redis after a week untouched even if nothing expired them (pages are rendered
// again on their next visit); operators bound Redis itself with maxmemory + allkeys-lru.
const ENTRY_TTL_SECONDS = 7 * 24 * 3600;

// Expiry times only move forward: an instance catching up after an outage must not replace a
// later expiry written meanwhile by another one.
const EXPIRE_TAGS_SCRIPT = `
for i, tag in ipairs(ARGV) do
  if i > 1 then
    local current = tonumber(redis.call('HGET', KEYS[1], tag))
    if not current or current < tonumber(ARGV[1]) then redis.call('HSET', KEYS[1], tag, ARGV[1]) end
  end
end
return 1`;

/**
 * @param {{
 *   url: string,
 *   local: ReturnType<typeof import('./memory-store.mjs').createMemoryStore>,
 *   prefix?: string,
 *   timeoutMs?: number,
 *   log?: Pick<Console, 'warn' | 'info'>,
 * }} options
 * @returns {CacheStore & { ready(): Promise<void>, isShared(): boolean }}
 */
export function createRedisStore({ url, local, prefix = 'midad:cache:', timeoutMs = 500, log = console }) {
  const instance = randomUUID();
  const tagsKey = `${prefix}tags`;
  const channel = `${prefix}announce`;
  const entryKey = (/** @type {string} */ key) => `${prefix}e:${key}`;
  const bus = getCacheBus();

  const client = /** @type {NonNullable<ReturnType<typeof getRedis>>} */ (getRedis(url));
  const subscriber = getRedisSubscriber(url);

  let down = false;
  /** Tag expiries made here while Redis was away: written (and announced) when it returns. */
  const pendingExpiries = new Map();

  /** @param {unknown} error */
  function markDown(error) {
    if (down) return;
    down = true;
    const reason = error instanceof Error ? error.message : String(error);
    log.warn(`[cache] Redis unavailable (${reason || 'no answer'}): pages are cached in this instance's memory until it returns`);
  }

  let catchingUp = false;
  async function markUp() {
    if (!down || catchingUp) return;
    catchingUp = true;
    try {
      // What this instance cached alone may predate expiries made elsewhere meanwhile.
      local.clear();
      const missed = [...pendingExpiries.entries()];
      pendingExpiries.clear();
      for (const [tag, at] of missed) {
        if ((await writeExpiry([tag], at)).ok) continue;
        // Gone again: keep what is not written yet for the next return.
        for (const [left, leftAt] of missed) pendingExpiries.set(left, Math.max(leftAt, pendingExpiries.get(left) ?? 0));
        return;
      }
      if (missed.length) await attempt(() => client.publish(channel, JSON.stringify({ from: instance, tags: missed.map(([tag]) => tag) })));
    } finally {
      catchingUp = false;
    }
    down = false;
    log.info('[cache] Redis is back: the shared page cache is in use again');
  }

  const stopWatching = watchRedis(url, { down: markDown, up: () => void markUp() });

  // Announcements published while the subscriber is disconnected never arrive: from the moment it
  // loses its connection, and again after every (re)subscription, everything this instance holds
  // in memory may be stale. Dropping it at the loss too means a page changed elsewhere meanwhile
  // is not served from memory while the reconnection takes its time. The client has resubscribed
  // before it reports `ready`, so what is announced from then on does arrive.
  /** @type {Promise<unknown> | null} */
  let subscription = null;
  const subscribe = () => {
    if (subscription || !subscriber.isReady) return subscription;
    subscription = subscriber.subscribe(channel, onMessage).catch(() => {
      subscription = null;
    });
    return subscription;
  };
  const dropMemory = () => {
    local.clear();
    bus.announceEverything();
  };
  let deaf = false;
  const onSubscribed = () => {
    deaf = false;
    bus.setHearing(true);
    void subscribe();
    dropMemory();
  };
  // Once per loss: the errors of each reconnection attempt repeat it.
  const onLost = () => {
    bus.setHearing(false);
    if (deaf) return;
    deaf = true;
    dropMemory();
  };
  subscriber.on('ready', onSubscribed);
  subscriber.on('error', onLost);

  /**
   * Runs one Redis command within the time limit; undefined (and the memory store) when it fails.
   * @template T
   * @param {() => Promise<T>} command
   * @returns {Promise<{ ok: true, value: T } | { ok: false }>}
   */
  async function attempt(command) {
    // Not connected (yet, or any more): the client's own error event reports an outage.
    if (!client.isReady) return { ok: false };
    /** @type {NodeJS.Timeout | undefined} */
    let timer;
    try {
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      });
      const value = /** @type {T} */ (await Promise.race([command(), timeout]));
      // A slow answer marked Redis down without a reconnection to announce its return.
      if (down && !catchingUp) void markUp();
      return { ok: true, value };
    } catch (error) {
      markDown(error);
      return { ok: false };
    } finally {
      clearTimeout(timer);
    }
  }

  /** @param {string[]} tags @param {number} at */
  function writeExpiry(tags, at) {
    return attempt(() => client.eval(EXPIRE_TAGS_SCRIPT, { keys: [tagsKey], arguments: [String(at), ...tags] }));
  }

  /** @param {string} message */
  const onMessage = (message) => {
    try {
      const { from, tags } = JSON.parse(message);
      if (from === instance || !Array.isArray(tags)) return;
      // Also into this instance's memory, which serves if Redis goes away.
      void local.expireTags(tags, Date.now());
      bus.announce(tags, { fromRemote: true });
    } catch {
      // A foreign message on the channel: not ours to act on.
    }
  };
  // Subscribes now if connected, else on the first `ready` (then the client keeps it).
  const subscribed = redisConnected(url).then(() => subscribe());

  const stopRelay = bus.onLocalAnnounce((tags) => {
    void attempt(() => client.publish(channel, JSON.stringify({ from: instance, tags })));
  });

  return {
    /** Resolves once the first connection attempt settled (tests wait on it). */
    async ready() {
      await subscribed;
    },
    isShared: () => client.isReady && !down,

    async get(key, extraTags = []) {
      if (!client.isReady) return local.get(key, extraTags);
      const read = await attempt(() => client.get(entryKey(key)));
      if (!read.ok) return local.get(key, extraTags);
      if (!read.value) return null;
      /** @type {StoredEntry} */
      const entry = deserialize(String(read.value));
      const tags = [...new Set([...entry.tags, ...extraTags])];
      if (!tags.length) return entry;
      const expiries = await attempt(() => client.hmGet(tagsKey, tags));
      if (!expiries.ok) return null;
      const byTag = new Map(tags.map((tag, index) => [tag, Number(expiries.value[index] ?? NaN)]));
      const expiryOf = (/** @type {string} */ tag) => {
        const at = byTag.get(tag);
        return at === undefined || Number.isNaN(at) ? undefined : at;
      };
      return anyTagExpired(expiryOf, tags, entry.lastModified) ? null : entry;
    },

    async set(key, entry) {
      const written = await attempt(() => client.set(entryKey(key), serialize(entry), { EX: ENTRY_TTL_SECONDS }));
      if (!written.ok) await local.set(key, entry);
    },

    async delete(key) {
      await local.delete(key);
      await attempt(() => client.del(entryKey(key)));
    },

    async expireTags(tags, at) {
      await local.expireTags(tags, at);
      const written = await writeExpiry(tags, at);
      if (!written.ok) for (const tag of tags) pendingExpiries.set(tag, Math.max(at, pendingExpiries.get(tag) ?? 0));
    },

    // The connection is the process's (lib/redis/client.mjs): closing the store leaves it open.
    async close() {
      stopRelay();
      stopWatching();
      subscriber.off('ready', onSubscribed);
      subscriber.off('error', onLost);
      bus.setHearing(true);
      await subscriber.unsubscribe(channel, onMessage).catch(() => {});
    },
  };
}
