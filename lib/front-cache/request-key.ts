import type { IncomingMessage } from 'node:http';
import { parseCookie } from 'cookie';
import { decodeOrNull } from '@/lib/utils/percent-decode';

// Which requests the front cache may answer, and under which key. Everything here errs towards
// "not cacheable": such a request simply goes to Next as before.

// Cookies set only at sign-in (the staff session and the signed-in device). A reader never holds
// one; whoever does may see a page built for them, so their requests never touch the cache.
// Kept in step with SESSION_COOKIE and DEVICE_COOKIE in lib/auth (a test checks it).
export const SIGNED_IN_COOKIE_PREFIX = '__Host-midad_';

// Requests for Next's client router (RSC payloads, prefetches, Server Actions) get a different
// body for the same URL; they are not keyed separately but left to Next.
const ROUTER_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-action',
  'next-url',
  'authorization',
  // A byte range is Next's (or the media route's) business; the cache stores whole bodies.
  'range',
];

// Never public pages, or not pages at all: staff screens, previews, API, Next internals, media.
const PRIVATE_SEGMENTS = new Set(['admin', 'preview', 'api']);
const SKIPPED_ROOTS = new Set(['_next', '_vercel', 'media']);

// Escapes whose decoding changes the path's structure: these requests go to Next undecoded.
const STRUCTURAL_ESCAPE = /%(?:2f|5c|25|00)/i;
const MAX_PATH_LENGTH = 2048;

function carriesSignInCookie(cookie: string | undefined): boolean {
  if (!cookie) return false;
  return Object.keys(parseCookie(cookie)).some((name) => name.startsWith(SIGNED_IN_COOKIE_PREFIX));
}

/**
 * The cache key of a request (its decoded path, so both spellings of an Arabic slug share one
 * entry), or null when the cache must leave this request to Next. Query strings are not keyed:
 * one key per query string would let any client fill memory with copies of the same page.
 */
export function frontCacheKeyOf(req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): string | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  const url = req.url;
  if (!url || url.length > MAX_PATH_LENGTH || !url.startsWith('/') || url.includes('?') || url.includes('#')) return null;
  if (url.includes('//') || STRUCTURAL_ESCAPE.test(url)) return null;
  const headers = req.headers;
  if (ROUTER_HEADERS.some((name) => headers[name] !== undefined)) return null;
  if (carriesSignInCookie(headers.cookie)) return null;
  const path = decodeOrNull(url);
  if (path === null) return null;
  const segments = path.split('/');
  if (SKIPPED_ROOTS.has(segments[1] ?? '')) return null;
  if (segments.some((segment) => PRIVATE_SEGMENTS.has(segment) || segment === '.' || segment === '..')) return null;
  return path;
}
