import type { IncomingMessage, ServerResponse } from 'node:http';
import zlib from 'node:zlib';
import Negotiator from 'negotiator';
import type { FrontCacheEntry } from './entry';

// Answers a request from a cached entry: the encoding the client prefers (brotli, then gzip, on
// equal q-values), 304 when its If-None-Match names the entry, headers only for HEAD.

const OFFERED = ['br', 'gzip', 'identity'];
type EncodingNegotiator = { encoding(available: string[], options: { preferred: string[] }): string | undefined };

/** The encoding to send: br, gzip or identity (also when the client refuses all three). */
export function negotiatedEncoding(req: Pick<IncomingMessage, 'headers'>): 'br' | 'gzip' | 'identity' {
  const chosen = (new Negotiator(req) as unknown as EncodingNegotiator).encoding(OFFERED, { preferred: OFFERED });
  return chosen === 'br' || chosen === 'gzip' ? chosen : 'identity';
}

/** Whether If-None-Match names the entry (weak comparison, as for GET and HEAD). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

export function serveEntry(req: IncomingMessage, res: ServerResponse, entry: FrontCacheEntry): void {
  const head = req.method === 'HEAD';
  if (matchesIfNoneMatch(req.headers['if-none-match'], entry.etag)) {
    res.writeHead(304, entry.headers.filter(([name]) => name !== 'content-type').flat());
    res.end();
    return;
  }
  const encoding = negotiatedEncoding(req);
  if (encoding !== 'identity') {
    res.writeHead(200, encoding === 'br' ? entry.brotliHeaders : entry.gzipHeaders);
    res.end(head ? undefined : encoding === 'br' ? entry.brotli : entry.gzip);
    return;
  }
  // Rare (crawlers and tools): cheaper to inflate on demand than to hold a third copy.
  zlib.gunzip(entry.gzip, (error, body) => {
    if (error) {
      res.destroy(error);
      return;
    }
    res.writeHead(200, [...entry.headers.flat(), 'content-length', String(body.length)]);
    res.end(head ? undefined : body);
  });
}
