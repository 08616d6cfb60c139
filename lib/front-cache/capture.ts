import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

// Copies what Next sends, on its way to the client: the client gets exactly the bytes, headers
// and streaming it got before (compressed by Next as before), and the cache gets a copy once the
// response has finished. Copying stops as soon as the answer turns out not to be storable.

export type CapturedResponse = { status: number; headers: OutgoingHttpHeaders; body: Buffer };

type Chunk = string | Uint8Array;
type WriteHead = (status: number, ...rest: unknown[]) => ServerResponse;
type Write = (chunk: Chunk, ...rest: unknown[]) => boolean;
type End = (...args: unknown[]) => ServerResponse;

function headersOfWriteHead(rest: unknown[]): OutgoingHttpHeaders {
  const headers = rest.find((arg) => typeof arg === 'object' && arg !== null);
  if (!headers) return {};
  const pairs: [string, unknown][] = Array.isArray(headers)
    ? Array.from({ length: headers.length / 2 }, (_, i) => [String(headers[2 * i]), headers[2 * i + 1]])
    : Object.entries(headers);
  return Object.fromEntries(pairs.map(([name, value]) => [name.toLowerCase(), value])) as OutgoingHttpHeaders;
}

function toBuffer(chunk: Chunk, encoding: unknown): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk);
}

/**
 * Watches `res`. `keep(status, headers)` decides when the headers go out whether the body is
 * worth copying; `done` receives the copy after the last byte was handed to the socket, unless
 * the body grew past `maxBytes` or the client went away.
 */
export function captureResponse(
  res: ServerResponse,
  options: { maxBytes: number; keep: (status: number, headers: OutgoingHttpHeaders) => boolean; done: (captured: CapturedResponse) => void },
): void {
  const chunks: Buffer[] = [];
  let bytes = 0;
  let copying = true;
  let status = 0;
  let headers: OutgoingHttpHeaders = {};
  const add = (chunk: unknown, encoding: unknown) => {
    if (!copying || chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const buffer = toBuffer(chunk as Chunk, encoding);
    bytes += buffer.length;
    if (bytes > options.maxBytes) copying = false;
    else chunks.push(buffer);
  };

  const writeHead = res.writeHead.bind(res) as WriteHead;
  res.writeHead = ((code: number, ...rest: unknown[]) => {
    status = code;
    headers = { ...res.getHeaders(), ...headersOfWriteHead(rest) };
    copying = options.keep(status, headers);
    return writeHead(code, ...rest);
  }) as typeof res.writeHead;
  const write = res.write.bind(res) as Write;
  res.write = ((chunk: Chunk, ...rest: unknown[]) => {
    add(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as typeof res.write;
  const end = res.end.bind(res) as End;
  res.end = ((...args: unknown[]) => {
    add(args[0], args[1]);
    return end(...args);
  }) as typeof res.end;

  res.once('finish', () => {
    if (copying && status) options.done({ status, headers, body: Buffer.concat(chunks) });
  });
}
