// The invalidation bus: how a tag expiry reaches every cache that holds a copy of a page.
//
// Plain JavaScript because three loaders use it: Next loads the cacheHandler by path at run time,
// server.ts runs under tsx, and tests import it from TypeScript. The state lives on globalThis so
// that every copy of this module (Next's and the server's) shares one bus per process; the Redis
// relay (lib/cache) forwards announcements between instances.

const KEY = Symbol.for('midad.cache.bus');

/**
 * @typedef {(tags: string[]) => void} TagListener
 * @typedef {{
 *   recordTags(key: string, tags: string[]): void,
 *   tagsOf(key: string): string[] | undefined,
 *   announce(tags: string[], options?: { fromRemote?: boolean }): void,
 *   subscribe(listener: TagListener): () => void,
 *   onLocalAnnounce(listener: TagListener): () => void,
 *   announceEverything(): void,
 *   onEverything(listener: () => void): () => void,
 *   setHearing(hearing: boolean): void,
 *   hearing(): boolean,
 * }} CacheBus
 */

/** Keys are page paths as Next keys its cache entries; both spellings of an Arabic path map to one. */
function normalizeKey(key) {
  try {
    return decodeURIComponent(key);
  } catch {
    return key;
  }
}

// Bounded: one entry per cached page, forgotten oldest first past this many.
const MAX_KEYS = 50_000;

/** @returns {CacheBus} */
function createBus() {
  /** @type {Map<string, string[]>} */
  const tagsByKey = new Map();
  /** @type {Set<TagListener>} */
  const listeners = new Set();
  /** @type {Set<TagListener>} */
  const localListeners = new Set();
  /** @type {Set<() => void>} */
  const everythingListeners = new Set();
  // False while the Redis subscriber is disconnected: announcements made elsewhere cannot arrive,
  // so copies kept in memory cannot be trusted (the front cache passes every request to Next).
  let hearing = true;
  return {
    recordTags(key, tags) {
      const normalized = normalizeKey(key);
      tagsByKey.delete(normalized);
      tagsByKey.set(normalized, [...tags]);
      if (tagsByKey.size > MAX_KEYS) tagsByKey.delete(tagsByKey.keys().next().value);
    },
    tagsOf(key) {
      return tagsByKey.get(normalizeKey(key));
    },
    announce(tags, options = {}) {
      if (!tags.length) return;
      for (const listener of listeners) listener(tags);
      // Only announcements made here are relayed to other instances (no echo loops).
      if (!options.fromRemote) for (const listener of localListeners) listener(tags);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onLocalAnnounce(listener) {
      localListeners.add(listener);
      return () => localListeners.delete(listener);
    },
    // Announcements may have been missed (the Redis subscriber was disconnected): whatever a
    // listener keeps in memory must go. Never relayed: each instance knows its own gaps.
    announceEverything() {
      for (const listener of everythingListeners) listener();
    },
    onEverything(listener) {
      everythingListeners.add(listener);
      return () => everythingListeners.delete(listener);
    },
    setHearing(value) {
      hearing = value;
    },
    hearing() {
      return hearing;
    },
  };
}

/** The process's bus, created on first use. */
export function getCacheBus() {
  const store = /** @type {Record<symbol, CacheBus | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (store[KEY] ??= createBus());
}
