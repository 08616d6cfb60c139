// The default store: one process's memory, bounded by bytes (least recently used goes first),
// plus when each tag last expired. Nothing is written to disk, so no URL can fill it.

import { LRUCache } from 'lru-cache';
import { sizeOf } from './entry.mjs';

/**
 * @typedef {{ value: any, lastModified: number, cacheControl?: unknown, tags: string[] }} StoredEntry
 * @typedef {{
 *   get(key: string, extraTags?: string[]): Promise<StoredEntry | null>,
 *   set(key: string, entry: StoredEntry): Promise<void>,
 *   delete(key: string): Promise<void>,
 *   expireTags(tags: string[], at: number): Promise<void>,
 *   close?(): Promise<void>,
 * }} CacheStore
 */

/**
 * Whether any of `tags` expired since the entry was written (and the expiry has come); the same
 * millisecond counts as after, the safe side.
 * @param {(tag: string) => number | undefined} expiryOf
 * @param {string[]} tags
 * @param {number} lastModified
 * @param {number} now
 */
export function anyTagExpired(expiryOf, tags, lastModified, now = Date.now()) {
  for (const tag of tags) {
    const at = expiryOf(tag);
    if (at !== undefined && at >= lastModified && at <= now) return true;
  }
  return false;
}

// Tags are few compared with entries (one per article, section, author, tag, edition, plus
// path tags); this bound only keeps an endless stream of path revalidations finite. A forgotten
// expiry raises a floor instead: anything written before it counts as expired (safe, not exact).
const MAX_TAGS = 100_000;

/**
 * @param {{ maxBytes: number }} options
 * @returns {CacheStore & { entryCount(): number, byteSize(): number, clear(): void, tagExpiry(tag: string): number | undefined }}
 */
export function createMemoryStore({ maxBytes }) {
  /** @type {LRUCache<string, StoredEntry & { size: number }>} */
  const entries = new LRUCache({
    maxSize: maxBytes,
    // One entry may take at most a quarter of the space, so one huge page cannot evict all.
    maxEntrySize: Math.max(1, Math.floor(maxBytes / 4)),
    sizeCalculation: (entry) => Math.max(1, entry.size),
  });
  /** @type {Map<string, number>} */
  const expiries = new Map();
  let floor = 0;
  const expiryOf = (/** @type {string} */ tag) => expiries.get(tag);

  return {
    async get(key, extraTags = []) {
      const entry = entries.get(key);
      if (!entry) return null;
      if (entry.lastModified < floor || anyTagExpired(expiryOf, [...entry.tags, ...extraTags], entry.lastModified)) {
        entries.delete(key);
        return null;
      }
      return entry;
    },
    async set(key, entry) {
      entries.set(key, { ...entry, size: sizeOf(entry.value) + key.length });
    },
    async delete(key) {
      entries.delete(key);
    },
    async expireTags(tags, at) {
      for (const tag of tags) {
        const latest = Math.max(at, expiries.get(tag) ?? 0);
        expiries.delete(tag);
        expiries.set(tag, latest);
        if (expiries.size > MAX_TAGS) {
          const [oldest, oldestAt] = /** @type {[string, number]} */ (expiries.entries().next().value);
          expiries.delete(oldest);
          floor = Math.max(floor, oldestAt);
        }
      }
    },
    entryCount: () => entries.size,
    byteSize: () => entries.calculatedSize,
    clear: () => entries.clear(),
    tagExpiry: expiryOf,
  };
}
