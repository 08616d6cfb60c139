import parseRange from 'range-parser';
import { makeMissingCopy } from './copies';
import { MEDIA_NAME } from './limits';
import { contentTypeOf, type MediaStore } from './store';

// Uploaded pictures, by their generated names only: anything else (dots, slashes, other
// extensions) is a 404 before the store is touched. A name is never reused for other bytes, so
// the name itself is the ETag and responses may be cached forever.

const IMMUTABLE = 'public, max-age=31536000, immutable';

const baseHeaders = (name: string) => ({
  ETag: `"${name}"`,
  'Cache-Control': IMMUTABLE,
  'Accept-Ranges': 'bytes',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; sandbox",
});

/** True when an If-None-Match header names this ETag (or is `*`). */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const value = tag.trim();
    return value === '*' || value === etag || value === `W/${etag}`;
  });
}

/**
 * The answer to GET/HEAD /media/<name>: 200 with the file, 206 with one requested range, 416
 * when the range lies outside the file, 304 when the reader already holds it, 404 otherwise.
 * Several ranges at once are answered with the whole file (allowed, and simpler than multipart).
 */
export async function serveMedia(request: Request, name: string, store: MediaStore): Promise<Response> {
  if (!MEDIA_NAME.test(name)) return new Response('Not found', { status: 404 });
  let size = await store.size(name);
  if (size === null && (await makeMissingCopy(name, store))) size = await store.size(name);
  if (size === null) return new Response('Not found', { status: 404 });
  const headers: Record<string, string> = { ...baseHeaders(name), 'Content-Type': contentTypeOf(name) };
  if (matches(request.headers.get('if-none-match'), headers.ETag!)) return new Response(null, { status: 304, headers });

  const head = request.method === 'HEAD';
  const rangeHeader = request.headers.get('range');
  // If-Range with another validator: the reader's partial copy is stale, send everything.
  const ifRange = request.headers.get('if-range');
  const ranges = rangeHeader && (!ifRange || ifRange === headers.ETag) ? parseRange(size, rangeHeader, { combine: true }) : null;
  if (ranges === -1) {
    return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${size}` } });
  }
  if (Array.isArray(ranges) && ranges.type === 'bytes' && ranges.length === 1) {
    const range = ranges[0]!;
    const data = head ? null : await store.read(name, range);
    if (!head && data === null) return new Response('Not found', { status: 404 });
    return new Response(data ? new Uint8Array(data) : null, {
      status: 206,
      headers: { ...headers, 'Content-Range': `bytes ${range.start}-${range.end}/${size}`, 'Content-Length': String(range.end - range.start + 1) },
    });
  }
  const data = head ? null : await store.read(name);
  if (!head && data === null) return new Response('Not found', { status: 404 });
  return new Response(data ? new Uint8Array(data) : null, { status: 200, headers: { ...headers, 'Content-Length': String(size) } });
}
