import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

// Besides the page itself, every article view makes one request that no cache may answer: its view
// beacon (and a reader's first page, the most-viewed list, which browsers then keep a minute).
// Through Next's request pipeline each costs about 3 ms of CPU, thirty times a cached page, so a
// story read by everyone would be capped by its beacons. Their route handlers register here when
// Next first loads them; from then on the server (server.ts) calls them itself. They stay the one
// implementation, run as the same module instances Next loaded (database client, view buffer);
// only Next's routing and request wrapping are skipped. Kept on globalThis because server.ts and
// Next's bundle each load their own copy of this module.

type RouteHandler = (request: Request) => Promise<Response>;
const registry = ((globalThis as { midadFastRoutes?: Map<string, RouteHandler> }).midadFastRoutes ??= new Map());

/** Lets the server answer `method path` with this handler once Next has loaded it. */
export function registerFastRoute(method: 'GET' | 'POST', path: string, handler: RouteHandler): void {
  registry.set(`${method} ${path}`, handler);
}

/** The registered handler for a request (its path without the query string), if any. */
export function fastRouteFor(method: string | undefined, url: string | undefined): RouteHandler | undefined {
  if (!method || !url) return undefined;
  const mark = url.indexOf('?');
  return registry.get(`${method} ${mark < 0 ? url : url.slice(0, mark)}`);
}

/** Answers a Node request with a fetch-style handler: headers and body in, status, headers and body out. */
export async function answerWith(handler: RouteHandler, req: IncomingMessage, res: ServerResponse, origin: string): Promise<void> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  try {
    const request = new Request(new URL(req.url ?? '/', origin), {
      method: req.method,
      headers,
      body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
      duplex: 'half',
    } as RequestInit);
    const response = await handler(request);
    const body = Buffer.from(await response.arrayBuffer());
    res.statusCode = response.status;
    response.headers.forEach((value, name) => res.setHeader(name, value));
    res.setHeader('content-length', body.length);
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (error) {
    console.error('fast route failed', error);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end();
  }
}
