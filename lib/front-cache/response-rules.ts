import type { OutgoingHttpHeaders } from 'node:http';

// Which of Next's answers may be kept: only what Next itself considers fresh and shared.

// HIT: from Next's cache, fresh; MISS: rendered now; none: a route handler that set its own
// Cache-Control. STALE (served while Next renders again) is never kept.
const FRESH_FROM_NEXT = new Set(['hit', 'miss', '']);
// Bodies worth compressing and small enough to hold: pages, feeds, sitemaps, robots.txt.
const TEXT_TYPE = /^(?:text\/[\w.+-]+|application\/(?:[\w.+-]+\+)?(?:xml|json))\s*(?:;|$)/i;
const KNOWN_ENCODINGS = new Set(['', 'identity', 'gzip', 'br', 'deflate']);
// Vary values the key already covers: the encoding is negotiated per request, and router
// requests (RSC and prefetches) never reach the cache.
const COVERED_VARY = /^(?:accept-encoding|rsc|next-router-state-tree|next-router-prefetch|next-router-segment-prefetch|next-url)$/i;

function headerText(value: OutgoingHttpHeaders[string]): string {
  return Array.isArray(value) ? value.join(', ') : value === undefined ? '' : String(value);
}

function directive(cacheControl: string, name: string): number | undefined {
  const match = new RegExp(`(?:^|,)\\s*${name}\\s*=\\s*"?(\\d+)`, 'i').exec(cacheControl);
  return match ? Number(match[1]) : undefined;
}

/**
 * Seconds a shared cache may keep the response: s-maxage, or max-age when the response says
 * `public` (route handlers such as feeds and sitemaps set their own); 0 when private.
 */
export function sharedMaxAgeOf(cacheControl: string): number {
  if (/(?:^|,)\s*(?:private|no-store|no-cache)\b/i.test(cacheControl)) return 0;
  const shared = directive(cacheControl, 's-maxage');
  if (shared !== undefined) return shared;
  return /(?:^|,)\s*public\b/i.test(cacheControl) ? (directive(cacheControl, 'max-age') ?? 0) : 0;
}

/**
 * How long Next's answer stays fresh in the front cache, in milliseconds; 0 when it must not be
 * kept: not a 200, sets a cookie, stale in Next, not shared, varies on something the
 * key does not cover, or is not text.
 */
export function storableLifetimeMs(status: number, headers: OutgoingHttpHeaders): number {
  if (status !== 200 || headers['set-cookie'] !== undefined) return 0;
  if (!FRESH_FROM_NEXT.has(headerText(headers['x-nextjs-cache']).toLowerCase())) return 0;
  if (!TEXT_TYPE.test(headerText(headers['content-type']))) return 0;
  if (!KNOWN_ENCODINGS.has(headerText(headers['content-encoding']).toLowerCase())) return 0;
  const vary = headerText(headers.vary).split(',').map((token) => token.trim()).filter(Boolean);
  if (!vary.every((token) => COVERED_VARY.test(token))) return 0;
  return sharedMaxAgeOf(headerText(headers['cache-control'])) * 1000;
}
