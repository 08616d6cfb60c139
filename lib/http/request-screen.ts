import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import busboy from 'busboy';
import { translatorFor } from '../../i18n/messages';
import limits from './action-body-limit.json';
import { pathLocale } from './request-locale';

// What the custom server refuses before Next sees a request, because Next answers these client
// mistakes with a 500 (or buffers them whole):
// - a Server Action (any POST to a page: with the Next-Action header, or a form posted without
//   JavaScript) from another site or `Origin: null`; one over the body cap; one whose body is
//   not well-formed (bad JSON, truncated multipart, absurd nesting);
// - an image optimizer request for a "local" URL a browser would read as another host (`/\x`).
// The body of an accepted action is read once, with the cap, and handed on to Next unchanged.

export const SERVER_ACTION_BODY_LIMIT = limits.serverActionBodyLimitBytes;
/** React encodes action arguments as JSON rows; ours nest a few levels, never this many. */
const MAX_JSON_DEPTH = 64;

type Refusal = Parameters<ReturnType<typeof translatorFor<'RequestRefused'>>>[0];

function refuse(res: ServerResponse, url: string | undefined, status: number, refusal: Refusal): true {
  const locale = pathLocale(url ?? '');
  const t = translatorFor(locale, 'RequestRefused');
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(t(refusal));
  return true;
}

/** True for an Origin that is not the host the request was sent to (`null` included). */
function isForeignOrigin(headers: IncomingMessage['headers']): boolean {
  const origin = headers.origin;
  if (origin === undefined) return false;
  const host = headers['x-forwarded-host'] ?? headers.host;
  if (!host || origin === 'null') return true;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** POSTs Next would hand to a Server Action: every POST that is not for a route handler or a file. */
export function isServerActionRequest(method: string | undefined, url: string | undefined): boolean {
  if (method !== 'POST') return false;
  const path = (url ?? '/').split('?')[0]!;
  return !path.startsWith('/api/') && !path.startsWith('/_next/');
}

/** A local image URL must be a path on this host: `//x` and `/\x` name another host. */
export function isBadImageRequest(method: string | undefined, url: string | undefined): boolean {
  if (!url?.startsWith('/_next/image') || (method !== 'GET' && method !== 'HEAD')) return false;
  const target = new URLSearchParams(url.split('?')[1] ?? '').get('url');
  if (target === null) return false;
  if (/^https?:\/\//i.test(target)) return false;
  return !target.startsWith('/') || target.startsWith('//') || target.includes('\\');
}

/** Deepest bracket nesting in a JSON text (strings skipped); linear, no recursion. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') deepest = Math.max(deepest, ++depth);
    else if (c === ']' || c === '}') depth--;
  }
  return deepest;
}

function isWellFormedJson(text: string): boolean {
  if (jsonDepth(text) > MAX_JSON_DEPTH) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * A multipart body parses to its end; React's rows (fields named by a number) are well-formed
 * JSON. Other fields are the user's own text and stay as they are.
 */
function isWellFormedMultipart(body: Buffer, contentType: string): Promise<boolean> {
  return new Promise((resolve) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: { 'content-type': contentType }, defParamCharset: 'utf8' });
    } catch {
      resolve(false);
      return;
    }
    let ok = true;
    parser.on('field', (name, value) => {
      if (/^\d+$/.test(name) && !isWellFormedJson(value)) ok = false;
    });
    parser.on('file', (_name, stream) => stream.resume());
    parser.on('error', () => resolve(false));
    parser.on('close', () => resolve(ok));
    parser.end(body);
  });
}

async function isWellFormedAction(body: Buffer, headers: IncomingMessage['headers']): Promise<boolean> {
  const contentType = headers['content-type'] ?? '';
  if (/^multipart\/form-data/i.test(contentType)) return isWellFormedMultipart(body, contentType);
  // A no-JavaScript form (url-encoded) is decoded as a form by Next; anything else is React's JSON.
  if (/^application\/x-www-form-urlencoded/i.test(contentType)) return true;
  if (!headers['next-action']) return true;
  return isWellFormedJson(body.toString('utf8'));
}

/** The body, or null once it passes the cap (reading stops there). */
async function readCapped(req: IncomingMessage, max: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Refuses a client's mistake with a 4xx in the language of the URL and returns true; returns
 * false for a request Next should handle (an action's body then travels in Next's request data).
 */
export async function screenRequest(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (isBadImageRequest(req.method, req.url)) return refuse(res, req.url, 400, 'badImage');
  if (!isServerActionRequest(req.method, req.url)) return false;
  if (isForeignOrigin(req.headers)) return refuse(res, req.url, 403, 'origin');
  const announced = req.headers['content-length'];
  if (announced !== undefined && !(Number(announced) <= SERVER_ACTION_BODY_LIMIT)) {
    res.setHeader('connection', 'close');
    return refuse(res, req.url, 413, 'tooLarge');
  }
  const body = await readCapped(req, SERVER_ACTION_BODY_LIMIT).catch(() => null);
  if (body === null) {
    res.setHeader('connection', 'close');
    return refuse(res, req.url, 413, 'tooLarge');
  }
  if (!(await isWellFormedAction(body, req.headers))) return refuse(res, req.url, 400, 'malformed');
  replayBody(req, body);
  return false;
}

/**
 * Makes the request readable again from the start, with the bytes already read: the stream
 * methods of a fresh Readable holding them are bound onto the request, which is how Next
 * itself hands a body it has read to the proxy and then to the page.
 */
function replayBody(req: IncomingMessage, body: Buffer): void {
  const replay = new Readable({ read() {} });
  replay.push(body);
  replay.push(null);
  const target = req as unknown as Record<string, unknown>;
  const source = replay as unknown as Record<string, unknown>;
  for (const key in replay) {
    const value = source[key];
    target[key] = typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(replay) : value;
  }
  (req as AsyncIterable<unknown>)[Symbol.asyncIterator] = replay[Symbol.asyncIterator].bind(replay);
}
