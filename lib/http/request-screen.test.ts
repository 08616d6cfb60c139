import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isBadImageRequest, jsonDepth, screenRequest, SERVER_ACTION_BODY_LIMIT } from './request-screen';

// A plain server with the screen in front of a handler standing in for Next: it reports the
// body it can still read from the request after the screen.
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    if (await screenRequest(req, res)) return;
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) size += chunk.length;
    res.end(`next:${size}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

const action = (body: BodyInit, headers: Record<string, string> = {}, path = '/ar/admin/comments') =>
  fetch(`${base}${path}`, { method: 'POST', body, headers: { 'next-action': 'abc', origin: base, 'content-type': 'text/plain;charset=UTF-8', ...headers } });

describe('the request screen', () => {
  it('passes a well-formed same-site action through with its body', async () => {
    const response = await action('["$K1",{"a":[1,2]}]');
    expect(await response.text()).toBe('next:19');
  });

  it('refuses another site or Origin: null, with or without the Next-Action header, in the URL’s language', async () => {
    for (const origin of ['https://evil.example', 'null', 'not a url']) {
      const fetched = await action('[]', { origin });
      expect(fetched.status).toBe(403);
      expect(await fetched.text()).toContain('رُفض الطلب');
      const form = new FormData();
      form.append('$ACTION_ID_abc', '');
      const noScript = await fetch(`${base}/fr/admin/comments`, { method: 'POST', body: form, headers: { origin } });
      expect(noScript.status).toBe(403);
      expect(await noScript.text()).toContain('Requête refusée');
    }
  });

  it('refuses bad JSON, deep nesting and truncated multipart with 400', async () => {
    expect((await action('[{"a":')).status).toBe(400);
    expect((await action('not json')).status).toBe(400);
    expect((await action('['.repeat(5000) + ']'.repeat(5000))).status).toBe(400);
    const truncated = '--xyz\r\ncontent-disposition: form-data; name="0"\r\n\r\n["$K1"';
    expect((await action(truncated, { 'content-type': 'multipart/form-data; boundary=xyz' })).status).toBe(400);
    const deepRow = `--xyz\r\ncontent-disposition: form-data; name="0"\r\n\r\n${'['.repeat(100)}${']'.repeat(100)}\r\n--xyz--\r\n`;
    expect((await action(deepRow, { 'content-type': 'multipart/form-data; boundary=xyz' })).status).toBe(400);
    const fine = `--xyz\r\ncontent-disposition: form-data; name="_1_body"\r\n\r\n[[[ not json, the user's text\r\n--xyz\r\ncontent-disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--xyz--\r\n`;
    expect(await (await action(fine, { 'content-type': 'multipart/form-data; boundary=xyz' })).text()).toMatch(/^next:\d+$/);
  });

  it('refuses a body over the cap, announced or streamed', async () => {
    const big = new Uint8Array(SERVER_ACTION_BODY_LIMIT + 1).fill(32);
    expect((await action(big)).status).toBe(413);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 40; i++) controller.enqueue(new Uint8Array(64 * 1024).fill(32));
        controller.close();
      },
    });
    const streamed = await fetch(`${base}/ar/admin`, { method: 'POST', body: stream, duplex: 'half', headers: { 'next-action': 'abc', origin: base } } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('leaves route handlers and ordinary requests alone', async () => {
    expect(await (await fetch(`${base}/api/comments`, { method: 'POST', body: 'x', headers: { origin: 'https://evil.example' } })).text()).toBe('next:1');
    expect(await (await fetch(`${base}/ar`)).text()).toBe('next:0');
  });

  it('refuses image URLs a browser reads as another host', () => {
    expect(isBadImageRequest('GET', '/_next/image?url=/%5Cevil.example/x.png&w=640&q=75')).toBe(true);
    expect(isBadImageRequest('GET', '/_next/image?url=//evil.example/x.png&w=640&q=75')).toBe(true);
    expect(isBadImageRequest('GET', '/_next/image?url=%2Fmedia%2Fa.webp&w=640&q=75')).toBe(false);
    expect(isBadImageRequest('GET', '/_next/image?url=https%3A%2F%2Fimages.example%2Fa.png&w=640&q=75')).toBe(false);
  });

  it('measures JSON nesting without recursion, ignoring brackets in strings', () => {
    expect(jsonDepth('[{"a":"[[[["}]')).toBe(2);
    expect(jsonDepth('['.repeat(100_000))).toBe(100_000);
  });
});
