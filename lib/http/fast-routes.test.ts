import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { answerWith, fastRouteFor, registerFastRoute } from './fast-routes';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server that answers every request with `handler`, the way server.ts answers a registered route. */
async function serve(handler: (request: Request) => Promise<Response>): Promise<string> {
  server = createServer((req, res) => void answerWith(handler, req, res, `http://${req.headers.host}`));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('fast routes', () => {
  it('finds a registered handler by method and path, whatever the query string', () => {
    const handler = async () => new Response(null, { status: 204 });
    registerFastRoute('GET', '/api/test-fast', handler);
    expect(fastRouteFor('GET', '/api/test-fast?locale=ar')).toBe(handler);
    expect(fastRouteFor('POST', '/api/test-fast')).toBeUndefined();
    expect(fastRouteFor('GET', '/api/test-fast/other')).toBeUndefined();
  });

  it('hands the handler the method, full URL, headers and streamed body, and sends back its status, headers and body', async () => {
    const base = await serve(async (request) =>
      Response.json(
        { method: request.method, url: request.url, origin: request.headers.get('origin'), body: await request.text() },
        { status: 202, headers: { 'cache-control': 'no-store', 'retry-after': '60' } },
      ),
    );
    const response = await fetch(`${base}/api/views?x=1`, { method: 'POST', headers: { origin: 'http://example.test', 'content-type': 'text/plain' }, body: '{"id":7}' });
    expect(response.status).toBe(202);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('retry-after')).toBe('60');
    expect(await response.json()).toEqual({ method: 'POST', url: `${base}/api/views?x=1`, origin: 'http://example.test', body: '{"id":7}' });
  });

  it('answers 500 without a body when the handler throws, and keeps serving', async () => {
    let calls = 0;
    const base = await serve(async () => {
      calls++;
      if (calls === 1) throw new Error('boom');
      return new Response('ok');
    });
    expect((await fetch(`${base}/api/views/top`)).status).toBe(500);
    expect(await (await fetch(`${base}/api/views/top`)).text()).toBe('ok');
  });
});
