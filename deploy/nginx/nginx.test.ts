import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect, constants as http2 } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalNginx, type LocalNginx } from './local';

// The nginx configuration in Debian's nginx, in front of a stand-in app that tells what it
// received and counts requests. nginx is required: without it this fails with a clear message.

let app: Server;
let nginx: LocalNginx;
const seen: IncomingMessage[] = [];
const answers: Record<string, Record<string, string>> = {
  '/private': { 'cache-control': 'private, no-store' },
  '/cookie': { 'set-cookie': 'a=b; Path=/' },
};

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

beforeAll(async () => {
  app = createServer((req, res) => {
    seen.push(req);
    const path = (req.url ?? '').replace(/\?.*/, '').replace(/^\/ar/, '');
    res.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 's-maxage=3600', ...answers[path] });
    res.end(JSON.stringify({ n: seen.length, encoding: req.headers['accept-encoding'] ?? null, forwardedFor: req.headers['x-forwarded-for'], proto: req.headers['x-forwarded-proto'], host: req.headers['x-forwarded-host'] }));
  });
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  nginx = await startLocalNginx({ port: await freePort(), upstreams: [`127.0.0.1:${(app.address() as AddressInfo).port}`], workers: 1 });
});

afterAll(async () => {
  await nginx?.stop();
  await new Promise((resolve) => app?.close(resolve));
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(nginx.url + path, { headers });
type Echo = { n: number; encoding: string | null; forwardedFor: string; proto: string; host: string };
const body = async (response: Response) => JSON.parse(await response.text()) as Echo;

describe('nginx micro-cache', () => {
  it('keeps a page for a second, then asks the app again', async () => {
    const first = await get('/ar/page');
    expect(first.headers.get('x-micro-cache')).toBe('MISS');
    const firstCount = (await body(first)).n;
    const again = await get('/ar/page');
    expect(again.headers.get('x-micro-cache')).toBe('HIT');
    expect((await body(again)).n).toBe(firstCount);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    // Past its second: the stale copy is served while one request refreshes it.
    await (await get('/ar/page')).text();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await body(await get('/ar/page'))).n).toBeGreaterThan(firstCount);
  });

  it("keys a shared link's page without its tracking parameters, and other query strings apart", async () => {
    const page = await get('/ar/shared');
    const count = (await body(page)).n;
    for (const link of ['/ar/shared?fbclid=IwAR1', '/ar/shared?utm_source=facebook&utm_medium=social&fbclid=IwAR2', '/ar/shared?mc_eid=7&']) {
      const shared = await get(link);
      expect(shared.headers.get('x-micro-cache'), link).toBe('HIT');
      expect((await body(shared)).n, link).toBe(count);
    }
    const search = await get('/ar/shared?q=1&fbclid=IwAR3');
    expect(search.headers.get('x-micro-cache')).toBe('MISS');
  });

  it('never caches sign-in cookies, admin, preview, api, router requests, private answers or Set-Cookie', async () => {
    const cases: [string, Record<string, string>][] = [
      ['/ar/page-a', { cookie: 'theme=dark; __Host-midad_session=abc' }],
      ['/ar/admin/articles', {}],
      ['/ar/admin/preview/3', {}],
      ['/api/views/top', {}],
      ['/ar/page-b', { rsc: '1' }],
      ['/ar/page-c', { 'next-router-prefetch': '1' }],
      ['/ar/page-d', { 'next-action': 'abc' }],
      ['/ar/private', {}],
      ['/ar/cookie', {}],
    ];
    for (const [path, headers] of cases) {
      const first = await body(await get(path, headers));
      const second = await get(path, headers);
      expect(second.headers.get('x-micro-cache'), path).not.toBe('HIT');
      expect((await body(second)).n, path).toBe(first.n + 1);
    }
    // A reader without the cookie still gets the cached copy of an ordinary page.
    await get('/ar/page-e');
    expect((await get('/ar/page-e', { cookie: 'theme=dark' })).headers.get('x-micro-cache')).toBe('HIT');
  });

  it('asks the app for one of three encodings, honouring q=0, and keys the copy on it', async () => {
    const cases: [string, string | null][] = [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['br;q=0.0, gzip;q=0', null],
      ['identity', null],
    ];
    for (const [index, [accept, sent]] of cases.entries()) {
      expect((await body(await get(`/ar/encoding-${index}`, { 'accept-encoding': accept }))).encoding, accept).toBe(sent);
    }
  });

  it("appends the reader's address as the rightmost X-Forwarded-For hop", async () => {
    const { forwardedFor } = await body(await get('/ar/private', { 'x-forwarded-for': '203.0.113.9' }));
    expect(forwardedFor).toBe('203.0.113.9, 127.0.0.1');
  });

  it('marks build assets immutable and refuses oversized bodies', async () => {
    const asset = await get('/_next/static/chunks/app.js');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const upload = await fetch(nginx.url + '/api/media', { method: 'POST', body: Buffer.alloc(12 * 1024 * 1024) });
    expect(upload.status).toBe(413);
  });
});

describe('nginx with TLS', () => {
  let secure: LocalNginx;
  beforeAll(async () => {
    secure = await startLocalNginx({ port: await freePort(), upstreams: [`127.0.0.1:${(app.address() as AddressInfo).port}`], workers: 1, tls: true });
  });
  afterAll(() => secure?.stop());

  /** Two requests for one page on one HTTP/2 connection (the certificate is the test's own). */
  async function twoOverHttp2(path: string) {
    const session = connect(secure.url, { rejectUnauthorized: false });
    const once = () =>
      new Promise<{ status: number; cache: string; echo: Echo }>((resolve, reject) => {
        const stream = session.request({ [http2.HTTP2_HEADER_PATH]: path });
        let status = 0;
        let cache = '';
        let text = '';
        stream.on('response', (headers) => {
          status = Number(headers[http2.HTTP2_HEADER_STATUS]);
          cache = String(headers['x-micro-cache']);
        });
        stream.setEncoding('utf8');
        stream.on('data', (chunk: string) => (text += chunk));
        stream.on('end', () => resolve({ status, cache, echo: JSON.parse(text) as Echo }));
        stream.on('error', reject);
      });
    try {
      const first = await once();
      const second = await once();
      return { protocol: session.alpnProtocol, first, second };
    } finally {
      session.close();
    }
  }

  it('serves pages over HTTP/2 from the same micro-cache, and tells the app the reader came over https to which host and port', async () => {
    const { protocol, first, second } = await twoOverHttp2('/ar/secure-page');
    expect(protocol).toBe('h2');
    expect([first.status, second.status]).toEqual([200, 200]);
    expect([first.cache, second.cache]).toEqual(['MISS', 'HIT']);
    expect(second.echo.n).toBe(first.echo.n);
    expect(first.echo.proto).toBe('https');
    // The port too: the app compares a POST's Origin (https://127.0.0.1:<port>) with it.
    expect(first.echo.host).toBe(new URL(secure.url).host);
  });
});
