import type { OutgoingHttpHeaders } from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { generateETag } from 'next/dist/server/lib/etag';

// One cached page: Next's status line and headers, and the body compressed once, both ways.

export type FrontCacheEntry = {
  /** Header pairs sent with every answer: Next's, less those that depend on the body's encoding. */
  headers: [string, string][];
  etag: string;
  /** The flat header lists sent with each encoding, made once rather than per request. */
  brotliHeaders: string[];
  gzipHeaders: string[];
  gzip: Buffer;
  brotli: Buffer;
  tags: string[] | undefined;
  expiresAt: number;
  /** Bytes this entry holds, for the cache's budget. */
  size: number;
};

const gzip = promisify(zlib.gzip);
const gunzip = promisify(zlib.gunzip);
const brotliCompress = promisify(zlib.brotliCompress);
const brotliDecompress = promisify(zlib.brotliDecompress);
const inflate = promisify(zlib.inflate);

// Brotli at quality 5 compresses a page in about a millisecond and still beats gzip -6 by ~15 %;
// quality 11 would take ~50× longer on the event loop's thread pool for a few percent more, and
// after an invalidation every popular page is compressed again at once.
const BROTLI_OPTIONS = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT } };

// Set per response by Node, or by the cache according to the encoding it sends.
const PER_RESPONSE = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'etag', 'vary']);

async function identityBody(body: Buffer, encoding: string): Promise<Buffer> {
  if (encoding === 'gzip') return gunzip(body);
  if (encoding === 'br') return brotliDecompress(body);
  if (encoding === 'deflate') return inflate(body);
  return body;
}

function headerText(value: OutgoingHttpHeaders[string]): string {
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** Vary as Next sent it, with Accept-Encoding added: the cache picks the body by that header. */
export function varyWithEncoding(vary: OutgoingHttpHeaders[string]): string {
  const tokens = vary === undefined ? [] : headerText(vary).split(',').map((token) => token.trim()).filter(Boolean);
  if (!tokens.some((token) => token.toLowerCase() === 'accept-encoding')) tokens.push('Accept-Encoding');
  return tokens.join(', ');
}

/**
 * Builds an entry from Next's answer (`body` as Next sent it, possibly compressed). The ETag is
 * Next's when it sent one, else the one Next computes for the same bytes when it serves them from
 * its own cache, so conditional requests get the same answer either way.
 */
export async function buildEntry(options: {
  headers: OutgoingHttpHeaders;
  body: Buffer;
  tags: string[] | undefined;
  expiresAt: number;
}): Promise<FrontCacheEntry> {
  const { headers } = options;
  const encoding = String(headers['content-encoding'] ?? '').toLowerCase();
  const identity = await identityBody(options.body, encoding);
  const [gzipped, brotli] = await Promise.all([
    encoding === 'gzip' ? options.body : gzip(identity),
    encoding === 'br' ? options.body : brotliCompress(identity, BROTLI_OPTIONS),
  ]);
  const kept: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || PER_RESPONSE.has(name)) continue;
    // A copy kept from a fresh render (MISS) is from then on what Next would answer from its own
    // cache: a HIT.
    kept.push([name, name === 'x-nextjs-cache' ? 'HIT' : headerText(value)]);
  }
  kept.push(['vary', varyWithEncoding(headers.vary)]);
  const etag = headers.etag ? headerText(headers.etag) : generateETag(identity.toString('utf8'));
  kept.push(['etag', etag], ['x-front-cache', 'HIT']);
  const headerBytes = kept.reduce((sum, [name, value]) => sum + name.length + value.length, 0);
  const withBody = (encoding: string, body: Buffer) => [...kept.flat(), 'content-encoding', encoding, 'content-length', String(body.length)];
  return {
    headers: kept,
    etag,
    brotliHeaders: withBody('br', brotli),
    gzipHeaders: withBody('gzip', gzipped),
    gzip: gzipped,
    brotli,
    tags: options.tags,
    expiresAt: options.expiresAt,
    size: gzipped.length + brotli.length + 3 * headerBytes + 256,
  };
}
