import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DeleteObjectsCommand, GetObjectCommand, HeadObjectCommand, NotFound, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveMedia } from './serve';
import { LocalMediaStore, S3MediaStore } from './store';

const NAME = 'aabbccddeeff001122334455-640.webp';
const BYTES = Buffer.from(Array.from({ length: 100 }, (_, i) => i));
const get = (headers: Record<string, string> = {}, method = 'GET') => new Request(`http://localhost/media/${NAME}`, { method, headers });

let dir: string;
let local: LocalMediaStore;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'midad-media-'));
  local = new LocalMediaStore(() => dir);
  await local.write([{ name: NAME, data: BYTES }]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('serveMedia (local folder)', () => {
  it('answers the whole file with an ETag and an immutable, year-long Cache-Control', async () => {
    const response = await serveMedia(get(), NAME, local);
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe(`"${NAME}"`);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(BYTES);
  });

  it('answers one byte range with 206 and Content-Range, open-ended and suffix ranges too', async () => {
    const middle = await serveMedia(get({ range: 'bytes=10-19' }), NAME, local);
    expect(middle.status).toBe(206);
    expect(middle.headers.get('content-range')).toBe('bytes 10-19/100');
    expect(middle.headers.get('content-length')).toBe('10');
    expect([...Buffer.from(await middle.arrayBuffer())]).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    const tail = await serveMedia(get({ range: 'bytes=-3' }), NAME, local);
    expect(tail.headers.get('content-range')).toBe('bytes 97-99/100');
    expect([...Buffer.from(await tail.arrayBuffer())]).toEqual([97, 98, 99]);
    const open = await serveMedia(get({ range: 'bytes=95-' }), NAME, local);
    expect([...Buffer.from(await open.arrayBuffer())]).toEqual([95, 96, 97, 98, 99]);
  });

  it('answers 416 with the size for a range outside the file, and the whole file for a malformed one', async () => {
    const outside = await serveMedia(get({ range: 'bytes=100-200' }), NAME, local);
    expect(outside.status).toBe(416);
    expect(outside.headers.get('content-range')).toBe('bytes */100');
    const malformed = await serveMedia(get({ range: 'pages=1-2' }), NAME, local);
    expect(malformed.status).toBe(200);
    // A stale If-Range validator means the reader's part is of other bytes: whole file.
    const stale = await serveMedia(get({ range: 'bytes=0-1', 'if-range': '"other"' }), NAME, local);
    expect(stale.status).toBe(200);
  });

  it('answers 304 without a body when If-None-Match names the ETag', async () => {
    const response = await serveMedia(get({ 'if-none-match': `"x", "${NAME}"` }), NAME, local);
    expect(response.status).toBe(304);
    expect(response.headers.get('etag')).toBe(`"${NAME}"`);
    expect(await response.text()).toBe('');
    expect((await serveMedia(get({ 'if-none-match': '"other"' }), NAME, local)).status).toBe(200);
  });

  it('answers 404 for unknown files and for names that are not generated ones, before touching the store', async () => {
    expect((await serveMedia(get(), '000000000000000000000000.png', local)).status).toBe(404);
    expect((await serveMedia(get(), '../etc/passwd', local)).status).toBe(404);
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await serveMedia(get({}, 'HEAD'), NAME, local);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('100');
    expect(await response.text()).toBe('');
  });
});

describe('S3MediaStore (against a mocked S3 client)', () => {
  const s3 = mockClient(S3Client);
  const store = new S3MediaStore({ bucket: 'media', prefix: 'uploads/', endpoint: 'http://127.0.0.1:9', region: 'us-east-1', forcePathStyle: true });
  // The SDK's body stream, as far as the store reads it.
  const body = (bytes: Buffer) => ({ transformToByteArray: async () => new Uint8Array(bytes) }) as never;

  it('writes each file under the prefix with its type and an immutable Cache-Control', async () => {
    s3.reset();
    s3.on(PutObjectCommand).resolves({});
    await store.write([{ name: NAME, data: BYTES }]);
    const put = s3.commandCalls(PutObjectCommand)[0]!.args[0].input;
    expect(put).toMatchObject({ Bucket: 'media', Key: `uploads/${NAME}`, ContentType: 'image/webp', CacheControl: 'public, max-age=31536000, immutable' });
    expect(put.Body).toEqual(BYTES);
  });

  it('serves a range through the same handler, asking S3 for those bytes only', async () => {
    s3.reset();
    s3.on(HeadObjectCommand, { Bucket: 'media', Key: `uploads/${NAME}` }).resolves({ ContentLength: 100 });
    s3.on(GetObjectCommand, { Bucket: 'media', Key: `uploads/${NAME}`, Range: 'bytes=10-12' }).resolves({ Body: body(BYTES.subarray(10, 13)) });
    const response = await serveMedia(get({ range: 'bytes=10-12' }), NAME, store);
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 10-12/100');
    expect([...Buffer.from(await response.arrayBuffer())]).toEqual([10, 11, 12]);
  });

  it('answers 404 when the bucket has no such object, and removes files in one request', async () => {
    s3.reset();
    s3.on(HeadObjectCommand).rejects(new NotFound({ message: 'not found', $metadata: { httpStatusCode: 404 } }));
    expect((await serveMedia(get(), NAME, store)).status).toBe(404);
    s3.on(DeleteObjectsCommand).resolves({});
    await store.remove([NAME, 'x.png']);
    expect(s3.commandCalls(DeleteObjectsCommand)[0]!.args[0].input.Delete!.Objects).toEqual([{ Key: `uploads/${NAME}` }, { Key: 'uploads/x.png' }]);
  });
});
