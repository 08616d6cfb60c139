// What the incremental cache stores, independent of where: the tags an entry depends on, its
// size in bytes (for the memory bound), and a lossless text form for Redis.
//
// Plain JavaScript for the same reason as bus.mjs: Next loads the handler by path at run time.

export const CACHE_TAGS_HEADER = 'x-next-cache-tags';

/** The kinds of entry that are whole responses (pages and route handlers), as Next names them. */
const RESPONSE_KINDS = new Set(['APP_PAGE', 'APP_ROUTE', 'PAGES']);

/** @param {unknown} value */
export function isResponseValue(value) {
  return !!value && typeof value === 'object' && RESPONSE_KINDS.has(/** @type {{ kind?: string }} */ (value).kind ?? '');
}

/**
 * The tags a stored value depends on: a response carries them in its x-next-cache-tags header
 * (the tags its reads declared plus Next's implicit path tags); data carries its own list.
 * @param {any} value
 * @returns {string[]}
 */
export function tagsOfValue(value) {
  if (!value || typeof value !== 'object') return [];
  if (isResponseValue(value)) {
    const header = value.headers?.[CACHE_TAGS_HEADER];
    return typeof header === 'string' && header ? header.split(',') : [];
  }
  return Array.isArray(value.tags) ? value.tags : [];
}

/**
 * Responses other than 200 are not kept: a 404 for an unknown URL is rendered again (cheaply,
 * from an existence check), so no stream of made-up URLs can fill the cache.
 * @param {any} value
 */
export function isStorable(value) {
  if (!value) return false;
  if (!isResponseValue(value)) return true;
  return value.status === undefined || value.status === 200;
}

/**
 * The page path of a response entry's key. Next 16.4 keys responses as
 * `/route-cache/<kind>/<route hash>/$<path>`, with `/index` for the root; the front cache and
 * the bus speak of paths as the reader asks for them.
 * @param {string} key
 */
export function pagePathOfKey(key) {
  const marker = key.indexOf('/$/');
  const path = marker === -1 ? key : key.slice(marker + 2);
  if (path === '/index') return '/';
  return path.endsWith('/index') ? path.slice(0, -'/index'.length) : path;
}

/**
 * Approximate bytes an entry holds in memory: its strings and buffers, which is nearly all of it.
 * @param {unknown} value
 * @returns {number}
 */
export function sizeOf(value) {
  if (value == null) return 8;
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (typeof value === 'number' || typeof value === 'boolean') return 8;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (value instanceof ArrayBuffer) return value.byteLength;
  if (value instanceof Map) {
    let total = 16;
    for (const [key, item] of value) total += sizeOf(key) + sizeOf(item);
    return total;
  }
  if (Array.isArray(value)) return value.reduce((total, item) => total + sizeOf(item), 16);
  if (typeof value === 'object') {
    let total = 16;
    for (const [key, item] of Object.entries(value)) total += key.length + sizeOf(item);
    return total;
  }
  return 8;
}

// Buffers and Maps (RSC payloads, route bodies, segment data) do not survive JSON; these markers do.
const BUFFER = '$midad:buffer';
const MAP = '$midad:map';

/** @param {unknown} entry */
export function serialize(entry) {
  return JSON.stringify(entry, function replace(key, value) {
    const raw = this[key];
    if (Buffer.isBuffer(raw) || raw instanceof Uint8Array) return { [BUFFER]: Buffer.from(raw).toString('base64') };
    if (raw instanceof Map) return { [MAP]: [...raw.entries()] };
    return value;
  });
}

/** @param {string} text */
export function deserialize(text) {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (typeof value[BUFFER] === 'string') return Buffer.from(value[BUFFER], 'base64');
      if (Array.isArray(value[MAP])) return new Map(value[MAP]);
    }
    return value;
  });
}
