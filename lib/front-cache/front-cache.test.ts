import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCacheBus } from '@/lib/cache/bus.mjs';
import { createFrontCache, type FrontCache } from './front-cache';

// The front cache in a real HTTP server, in front of a stand-in for Next that answers the way
// Next does (its headers, gzip when the client accepts it), counting the requests it gets.

type Answer = { status?: number; headers?: Record<string, string | string[]>; body?: string; delayMs?: number };
type Reply = { status: number; headers: IncomingMessage['headers']; body: Buffer };

const NEXT_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-nextjs-cache': 'HIT',
  'cache-control': 's-maxage=300, stale-while-revalidate=31535700',
  'content-type': 'text/html; charset=utf-8',
  vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding',
  etag: '"next-etag"',
};
const html = (path: string, who = 'قارئ') => `<!DOCTYPE html><html dir="rtl"><body><h1>${path} — ${who}</h1>${'<p>نص الخبر</p>'.repeat(200)}</body></html>`;

let server: Server;
let cache: FrontCache;
let port: number;
let clock: number;
let nextCalls: string[];
let answerFor: (req: IncomingMessage) => Answer;

async function fakeNext(req: IncomingMessage, res: ServerResponse) {
  nextCalls.push(req.url ?? '');
  const answer = answerFor(req);
  if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
  const body = Buffer.from(answer.body ?? html(decodeURIComponent(req.url ?? '')));
  for (const [name, value] of Object.entries({ ...NEXT_HEADERS, ...answer.headers })) {
    if (value === '') res.removeHeader(name);
    else res.setHeader(name, value);
  }
  res.statusCode = answer.status ?? 200;
  if (String(req.headers['accept-encoding'] ?? '').includes('gzip')) {
    res.setHeader('content-encoding', 'gzip');
    // Streamed in two pieces, as Next streams a page.
    const gzipped = zlib.gzipSync(body);
    res.write(gzipped.subarray(0, 100));
    res.end(gzipped.subarray(100));
  } else {
    res.end(body);
  }
}

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Asks twice (the first fills the cache) and returns the second answer. */
async function cached(path: string, headers: Record<string, string> = {}): Promise<Reply> {
  await get(path, { 'accept-encoding': 'gzip' });
  await cache.settled();
  return get(path, headers);
}

function decode(reply: Reply): string {
  const encoding = reply.headers['content-encoding'];
  if (encoding === 'br') return zlib.brotliDecompressSync(reply.body).toString();
  if (encoding === 'gzip') return zlib.gunzipSync(reply.body).toString();
  return reply.body.toString();
}

beforeEach(async () => {
  clock = 1_000_000;
  nextCalls = [];
  answerFor = () => ({});
  cache = createFrontCache({ maxBytes: 4 * 1024 * 1024, bus: getCacheBus(), now: () => clock });
  server = createServer((req, res) => cache.handle(req, res, () => void fakeNext(req, res)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterEach(async () => {
  cache.close();
  await new Promise((resolve) => server.close(resolve));
});

describe('front cache', () => {
  it('answers the second reader from memory, with the headers Next sent', async () => {
    const first = await get('/ar', { 'accept-encoding': 'gzip' });
    // The first reader gets Next's own answer, untouched: compressed by Next, streamed (chunked).
    expect(first.headers['x-front-cache']).toBeUndefined();
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(first.headers['transfer-encoding']).toBe('chunked');
    expect(first.body.equals(zlib.gzipSync(Buffer.from(html('/ar'))))).toBe(true);
    await cache.settled();
    const second = await get('/ar', { 'accept-encoding': 'gzip' });
    expect(nextCalls).toEqual(['/ar']);
    expect(second.status).toBe(200);
    expect(second.headers['x-front-cache']).toBe('HIT');
    for (const name of ['x-content-type-options', 'x-nextjs-cache', 'cache-control', 'content-type', 'etag']) {
      expect(second.headers[name], name).toBe(first.headers[name]);
    }
    expect(second.headers.vary).toBe(first.headers.vary);
    expect(second.headers['content-length']).toBe(String(second.body.length));
    expect(decode(second)).toBe(decode(first));
  });

  it('answers a page first rendered fresh (MISS) as the cache hit Next would report', async () => {
    answerFor = () => ({ headers: { 'x-nextjs-cache': 'MISS' } });
    const first = await get('/ar/section/x', {});
    expect(first.headers['x-nextjs-cache']).toBe('MISS');
    await cache.settled();
    const second = await get('/ar/section/x', {});
    expect(second.headers['x-front-cache']).toBe('HIT');
    expect(second.headers['x-nextjs-cache']).toBe('HIT');
  });

  it('sends brotli, gzip or identity as Accept-Encoding asks, all decoding to the same page', async () => {
    const brotli = await cached('/ar/news/a', { 'accept-encoding': 'gzip, deflate, br' });
    const gzip = await get('/ar/news/a', { 'accept-encoding': 'gzip' });
    const identity = await get('/ar/news/a', {});
    expect([brotli.headers['content-encoding'], gzip.headers['content-encoding'], identity.headers['content-encoding']]).toEqual(['br', 'gzip', undefined]);
    expect(decode(brotli)).toBe(html('/ar/news/a'));
    expect(decode(gzip)).toBe(html('/ar/news/a'));
    expect(identity.body.toString()).toBe(html('/ar/news/a'));
    expect(brotli.body.length).toBeLessThan(gzip.body.length);
    for (const reply of [brotli, gzip, identity]) expect(reply.headers.vary).toMatch(/Accept-Encoding/);
    expect(nextCalls).toEqual(['/ar/news/a']);
  });

  it('weighs q-values: refused or less wanted encodings are not sent', async () => {
    await cached('/ar');
    expect((await get('/ar', { 'accept-encoding': 'br;q=0.5, gzip' })).headers['content-encoding']).toBe('gzip');
    expect((await get('/ar', { 'accept-encoding': 'br;q=0, gzip;q=0.1' })).headers['content-encoding']).toBe('gzip');
    expect((await get('/ar', { 'accept-encoding': 'gzip;q=0, br;q=0' })).headers['content-encoding']).toBeUndefined();
    expect((await get('/ar', { 'accept-encoding': '*' })).headers['content-encoding']).toBe('br');
  });

  it('answers If-None-Match with 304 and HEAD with headers only', async () => {
    const page = await cached('/ar', { 'accept-encoding': 'gzip' });
    const notModified = await get('/ar', { 'if-none-match': String(page.headers.etag), 'accept-encoding': 'gzip' });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    expect(notModified.headers.etag).toBe(page.headers.etag);
    expect((await get('/ar', { 'if-none-match': '"other"' })).status).toBe(200);
    const head = await get('/ar', { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(String(page.body.length));
    expect(nextCalls).toEqual(['/ar']);
  });

  it('makes Next ETag when Next sent none, the one Next gives the same bytes', async () => {
    answerFor = () => ({ headers: { etag: '' } });
    const page = await cached('/ar', {});
    expect(page.headers.etag).toMatch(/^"[0-9a-z]+"$/);
  });

  it('maps every spelling of an Arabic path to one entry', async () => {
    await cached('/ar/news/%D8%AE%D8%A8%D8%B1');
    const lowerCase = await get('/ar/news/%d8%ae%d8%a8%d8%b1', { 'accept-encoding': 'gzip' });
    expect(lowerCase.headers['x-front-cache']).toBe('HIT');
    expect(nextCalls).toHaveLength(1);
  });

  it('leaves a trailing slash to Next, which redirects it, instead of serving the page', async () => {
    answerFor = (req) => (req.url !== '/' && req.url?.endsWith('/') ? { status: 308, headers: { location: req.url.slice(0, -1) } } : {});
    await cached('/ar/news/a');
    const slashed = await get('/ar/news/a/', { 'accept-encoding': 'gzip' });
    expect(slashed.status).toBe(308);
    expect(slashed.headers.location).toBe('/ar/news/a');
  });

  it('never stores answers that set a cookie, are not 200, or that Next served stale', async () => {
    const answers: [string, Answer][] = [
      ['/ar/cookie', { headers: { 'set-cookie': ['a=b; Path=/'] } }],
      ['/ar/missing', { status: 404 }],
      ['/ar/stale', { headers: { 'x-nextjs-cache': 'STALE' } }],
    ];
    for (const [path, answer] of answers) {
      answerFor = () => answer;
      const again = await cached(path, { 'accept-encoding': 'gzip' });
      expect(again.headers['x-front-cache'], path).toBeUndefined();
    }
    expect(nextCalls).toEqual(['/ar/cookie', '/ar/cookie', '/ar/missing', '/ar/missing', '/ar/stale', '/ar/stale']);
    expect(cache.entries).toBe(0);
  });

  it('never shows a signed-in view to a reader, nor a reader copy to the signed-in', async () => {
    answerFor = (req) => (String(req.headers.cookie).includes('__Host-midad_session') ? { body: html('/ar', 'محرر') } : {});
    await get('/ar', { cookie: '__Host-midad_session=staff', 'accept-encoding': 'gzip' });
    await cache.settled();
    expect(cache.entries).toBe(0);
    const reader = await cached('/ar', {});
    expect(reader.body.toString()).toContain('قارئ');
    const staff = await get('/ar', { cookie: '__Host-midad_session=staff' });
    expect(staff.headers['x-front-cache']).toBeUndefined();
    expect(staff.body.toString()).toContain('محرر');
  });

  it('passes Range requests and router requests through to Next', async () => {
    await cached('/ar');
    const passed: Record<string, string>[] = [{ range: 'bytes=0-10' }, { rsc: '1' }, { 'next-router-prefetch': '1' }];
    for (const headers of passed) {
      expect((await get('/ar', headers)).headers['x-front-cache']).toBeUndefined();
    }
    expect(nextCalls).toHaveLength(4);
  });

  it('keeps a page only as long as its s-maxage', async () => {
    await cached('/ar');
    clock += 299_000;
    expect((await get('/ar')).headers['x-front-cache']).toBe('HIT');
    clock += 2_000;
    expect((await get('/ar')).headers['x-front-cache']).toBeUndefined();
    expect(nextCalls).toEqual(['/ar', '/ar']);
  });

  it('drops the pages whose tags are announced on the bus, and only those', async () => {
    const bus = getCacheBus();
    bus.recordTags('/ar/news/one', ['article:1', 'home:ar']);
    bus.recordTags('/ar/news/two', ['article:2']);
    await cached('/ar/news/one');
    await cached('/ar/news/two');
    bus.announce(['article:1']);
    expect((await get('/ar/news/one')).headers['x-front-cache']).toBeUndefined();
    expect((await get('/ar/news/two')).headers['x-front-cache']).toBe('HIT');
  });

  it('drops pages with unknown tags on any announcement, and pages named by revalidatePath', async () => {
    const bus = getCacheBus();
    bus.recordTags('/fr/news/kept', ['article:7']);
    await cached('/fr/news/kept');
    await cached('/fr/untagged');
    await cached('/ar/news/%D8%AE%D8%A8%D8%B1');
    bus.announce(['article:99']);
    expect((await get('/fr/untagged')).headers['x-front-cache']).toBeUndefined();
    expect((await get('/fr/news/kept')).headers['x-front-cache']).toBe('HIT');
    bus.recordTags('/ar/news/خبر', ['article:8']);
    await cached(encodeURI('/ar/news/خبر'));
    expect((await get(encodeURI('/ar/news/خبر'))).headers['x-front-cache']).toBe('HIT');
    bus.announce(['_N_T_/ar/news/%D8%AE%D8%A8%D8%B1']);
    expect((await get(encodeURI('/ar/news/خبر'))).headers['x-front-cache']).toBeUndefined();
    bus.announce(['_N_T_/fr/layout']);
    expect((await get('/fr/news/kept')).headers['x-front-cache']).toBeUndefined();
  });

  it('drops every page when the bus says announcements may have been missed', async () => {
    getCacheBus().recordTags('/ar/news/three', ['article:3']);
    await cached('/ar/news/three');
    expect((await get('/ar/news/three')).headers['x-front-cache']).toBe('HIT');
    getCacheBus().announceEverything();
    expect(cache.entries).toBe(0);
    expect((await get('/ar/news/three')).headers['x-front-cache']).toBeUndefined();
  });

  it('neither serves nor keeps a page while the bus cannot hear other instances', async () => {
    const bus = getCacheBus();
    bus.recordTags('/ar/news/four', ['article:4']);
    await cached('/ar/news/four');
    expect((await get('/ar/news/four')).headers['x-front-cache']).toBe('HIT');
    bus.setHearing(false);
    try {
      expect((await get('/ar/news/four')).headers['x-front-cache']).toBeUndefined();
      await get('/ar/news/five');
      await cache.settled();
      bus.setHearing(true);
      expect((await get('/ar/news/five')).headers['x-front-cache']).toBeUndefined();
    } finally {
      bus.setHearing(true);
    }
  });

  it('does not store an answer that began before an invalidation', async () => {
    answerFor = () => ({ delayMs: 150 });
    const slow = get('/ar/news/slow', { 'accept-encoding': 'gzip' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    getCacheBus().announce(['article:1']);
    await slow;
    await cache.settled();
    expect(cache.entries).toBe(0);
  });

  it('does not keep a page carrying a tag announced in the last 5 s, when Next may still hand out a render begun before', async () => {
    const bus = getCacheBus();
    bus.recordTags('/ar/news/settling', ['article:21', 'home:ar']);
    bus.recordTags('/ar/news/other', ['article:22']);
    bus.announce(['home:ar']);
    clock += 4_000;
    await cached('/ar/news/settling');
    await cached('/ar/news/other');
    expect(nextCalls).toEqual(['/ar/news/settling', '/ar/news/settling', '/ar/news/other']);
    expect((await get('/ar/news/other')).headers['x-front-cache']).toBe('HIT');
    // Once Next's own cache trusts its renders again, so does this one.
    clock += 1_001;
    expect((await cached('/ar/news/settling')).headers['x-front-cache']).toBe('HIT');
    getCacheBus().announceEverything();
    await cached('/ar/news/other');
    expect(cache.entries).toBe(0);
  });

  it('stays within its byte budget', async () => {
    cache.close();
    const small = createFrontCache({ maxBytes: 64 * 1024, bus: getCacheBus(), now: () => clock });
    cache = small;
    answerFor = (req) => ({ body: html(req.url ?? '') + `<p>${randomBytes(1500).toString('hex')}</p>` });
    for (let i = 0; i < 40; i++) await get(`/ar/news/${i}`, { 'accept-encoding': 'gzip' });
    await small.settled();
    expect(small.entries).toBeGreaterThan(0);
    expect(small.entries).toBeLessThan(40);
    expect(small.bytes).toBeLessThanOrEqual(64 * 1024);
  });
});
