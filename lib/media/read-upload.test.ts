import { describe, expect, it } from 'vitest';
import { HTML_FILE, pngImage, uploadRequest } from '@/test/fixtures/images';
import { codeOf } from '@/test/helpers/media';
import { MAX_UPLOAD_BYTES } from './limits';
import { readUpload } from './read-upload';

/** A streamed body that counts how much of it was pulled, never announcing its length. */
function streamingRequest(head: Buffer, totalBytes: number) {
  const boundary = 'midadboundary';
  const start = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`);
  let sent = 0;
  const piece = Buffer.alloc(256 * 1024, 7);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === 0) {
        controller.enqueue(new Uint8Array(Buffer.concat([start, head])));
        sent = head.length;
      } else if (sent < totalBytes) {
        controller.enqueue(new Uint8Array(piece));
        sent += piece.length;
      } else {
        controller.enqueue(new Uint8Array(Buffer.from(`\r\n--${boundary}--\r\n`)));
        controller.close();
      }
    },
  });
  const request = new Request('http://localhost/api/media', {
    method: 'POST',
    body,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    duplex: 'half',
  } as RequestInit);
  return { request, sentBytes: () => sent };
}

describe('readUpload', () => {
  it('returns the bytes of field `file`, whatever its name says', async () => {
    const png = await pngImage(20, 20);
    const bytes = await readUpload(uploadRequest(png, 'holiday.jpg', 'image/jpeg'));
    expect(bytes.equals(png)).toBe(true);
  });

  it('refuses a body that is not multipart, has no file, or an empty file', async () => {
    const json = new Request('http://localhost/api/media', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(await codeOf(readUpload(json))).toBe('missing');
    const form = new FormData();
    form.append('other', 'x');
    expect(await codeOf(readUpload(new Request('http://localhost/api/media', { method: 'POST', body: form })))).toBe('missing');
    expect(await codeOf(readUpload(uploadRequest(Buffer.alloc(0), 'a.jpg')))).toBe('missing');
  });

  it('refuses HTML renamed .jpg from its first bytes', async () => {
    expect(await codeOf(readUpload(uploadRequest(HTML_FILE, 'photo.jpg', 'image/jpeg')))).toBe('unsupported');
  });

  it('refuses an announced oversize body without reading it', async () => {
    const request = new Request('http://localhost/api/media', {
      method: 'POST',
      body: 'x',
      headers: { 'content-type': 'multipart/form-data; boundary=b', 'content-length': String(MAX_UPLOAD_BYTES * 2) },
    });
    expect(await codeOf(readUpload(request))).toBe('tooLarge');
  });

  it('stops reading an unannounced stream soon after it passes 10 MB', async () => {
    const { request, sentBytes } = streamingRequest(await pngImage(20, 20), 50 * 1024 * 1024);
    expect(await codeOf(readUpload(request))).toBe('tooLarge');
    expect(sentBytes()).toBeLessThan(MAX_UPLOAD_BYTES + 2 * 1024 * 1024);
  });

  it('stops reading a non-image stream after its first chunk', async () => {
    const { request, sentBytes } = streamingRequest(HTML_FILE, 50 * 1024 * 1024);
    expect(await codeOf(readUpload(request))).toBe('unsupported');
    expect(sentBytes()).toBeLessThan(2 * 1024 * 1024);
  });
});
