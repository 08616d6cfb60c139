// Next's incremental cache (the `cacheHandler` of next.config.js): rendered pages, route-handler
// bodies and unstable_cache data. One implementation, two stores: this process's memory, bounded
// by bytes (default), or Redis shared by every instance (REDIS_URL). Every page stored records
// its tags on the invalidation bus, and every revalidateTag/revalidatePath is announced on it, so
// the front cache drops what Next drops.
//
// Next constructs a handler per request; the store lives on globalThis, one per process.

import { getCacheBus } from './bus.mjs';
import { isResponseValue, isStorable, pagePathOfKey, tagsOfValue } from './entry.mjs';
import { createMemoryStore } from './memory-store.mjs';
import { createRedisStore } from './redis-store.mjs';

const STORE = Symbol.for('midad.cache.store');
const OPTIONS = Symbol.for('midad.cache.options');
const DEFAULT_MAX_BYTES = 128 * 1024 * 1024;
// Next stores a page after rendering it, and its reads happened before. An entry is dated this
// much earlier than it was stored, so a render that read its data before a tag expired (a
// publish during the render) is a miss afterwards instead of serving the old data until the next
// expiry. Pages carrying a tag expired this recently are rendered, not served, for that long.
export const RENDER_MARGIN_MS = 5000;

/**
 * @typedef {{ maxBytes?: number, redisUrl?: string, timeoutMs?: number, renderMarginMs?: number }} CacheOptions
 * @typedef {import('./memory-store.mjs').CacheStore} CacheStore
 */

/** @returns {Record<symbol, any>} */
const shared = () => /** @type {any} */ (globalThis);

/**
 * Sets how the store is built (from env.ts, by the server, before Next starts). Without it —
 * at build time, for instance — the store is memory with the default bound.
 * @param {CacheOptions} options
 */
export function configureCache(options) {
  shared()[OPTIONS] = options;
}

/**
 * @param {CacheOptions} options
 * @returns {CacheStore}
 */
export function createCacheStore({ maxBytes = DEFAULT_MAX_BYTES, redisUrl, timeoutMs } = {}) {
  const local = createMemoryStore({ maxBytes });
  return redisUrl ? createRedisStore({ url: redisUrl, local, timeoutMs }) : local;
}

function renderMargin() {
  return shared()[OPTIONS]?.renderMarginMs ?? RENDER_MARGIN_MS;
}

/** The process's store, built on first use. */
export function getCacheStore() {
  return (shared()[STORE] ??= createCacheStore(shared()[OPTIONS] ?? {}));
}

let reportedFailure = false;
/** A store failure never fails a request; it is logged once (the Redis store logs its own outages). */
function reportOnce(/** @type {unknown} */ error) {
  if (reportedFailure) return;
  reportedFailure = true;
  console.warn('[cache] page cache error, rendering instead:', error);
}

export default class CacheHandler {
  // Next passes its file-system settings, which do not apply here.
  constructor() {
    /** @type {CacheStore} */
    this.store = getCacheStore();
  }

  /**
   * @param {string} key
   * @param {{ kind?: string, tags?: string[], softTags?: string[] }} [context]
   */
  async get(key, context = {}) {
    try {
      // Data entries are also judged by the tags of the call and the page's implicit path tags.
      const extraTags = context.kind === 'FETCH' ? [...(context.tags ?? []), ...(context.softTags ?? [])] : [];
      const entry = await this.store.get(key, extraTags);
      if (!entry) return null;
      return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
    } catch (error) {
      reportOnce(error);
      return null;
    }
  }

  /**
   * @param {string} key
   * @param {any} value
   * @param {{ cacheControl?: unknown, tags?: string[] }} [context]
   */
  async set(key, value, context = {}) {
    try {
      if (!isStorable(value)) {
        // An answer that became a 404 or a redirect must not leave the old page behind.
        await this.store.delete(key);
        return;
      }
      const tags = [...new Set([...tagsOfValue(value), ...(context.tags ?? [])])];
      await this.store.set(key, { value, lastModified: Date.now() - renderMargin(), cacheControl: context.cacheControl, tags });
      if (isResponseValue(value)) getCacheBus().recordTags(pagePathOfKey(key), tags);
    } catch (error) {
      reportOnce(error);
    }
  }

  /**
   * Expires the tags (revalidateTag, updateTag, and revalidatePath's implicit `_N_T_` path tags)
   * and announces them. `durations.expire` delays the expiry; without it (or with 0) it is now.
   * @param {string | string[]} tags
   * @param {{ expire?: number }} [durations]
   */
  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : [...tags];
    if (!list.length) return;
    try {
      await this.store.expireTags(list, Date.now() + (durations?.expire ?? 0) * 1000);
    } catch (error) {
      reportOnce(error);
    }
    getCacheBus().announce(list);
  }

  resetRequestCache() {}
}
