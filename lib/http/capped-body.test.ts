import { describe, expect, it } from 'vitest';
import { readCappedBody, readCappedForm } from './capped-body';

function streamed(chunks: number, chunkBytes: number, onPull: () => void): Request {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      onPull();
      if (sent++ >= chunks) controller.close();
      else controller.enqueue(new Uint8Array(chunkBytes).fill(97));
    },
  });
  return new Request('http://x/', { method: 'POST', body, duplex: 'half', headers: { 'content-type': 'application/x-www-form-urlencoded' } } as RequestInit);
}

describe('capped body reading', () => {
  it('refuses an announced oversize body without reading it', async () => {
    let pulls = 0;
    const request = streamed(10, 1024, () => pulls++);
    const headers = new Headers(request.headers);
    headers.set('content-length', String(50 * 1024 * 1024));
    const announced = new Request(request, { headers, duplex: 'half' } as RequestInit);
    expect(await readCappedBody(announced, 4096)).toBe('tooLarge');
    expect(pulls).toBeLessThanOrEqual(1);
  });

  it('stops reading a streamed body once it passes the cap', async () => {
    let pulls = 0;
    expect(await readCappedBody(streamed(1000, 1024, () => pulls++), 4096)).toBe('tooLarge');
    expect(pulls).toBeLessThan(10);
  });

  it('parses forms under the cap and refuses what is not a form', async () => {
    const form = await readCappedForm(
      new Request('http://x/', { method: 'POST', body: 'a=1&b=%D8%B3', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
      100,
    );
    expect(form instanceof FormData && form.get('b')).toBe('س');
    const json = new Request('http://x/', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(await readCappedForm(json, 100)).toBe('malformed');
    const truncated = new Request('http://x/', {
      method: 'POST',
      body: '--b\r\ncontent-disposition: form-data; name="a"\r\n\r\n1',
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
    });
    expect(await readCappedForm(truncated, 1000)).toBe('malformed');
  });

  it('keeps a multipart boundary as sent: boundaries are case-sensitive (browsers use upper case)', async () => {
    const body = '--WebKitFormBoundaryAbC\r\ncontent-disposition: form-data; name="name"\r\n\r\nقارئ\r\n--WebKitFormBoundaryAbC--\r\n';
    const form = await readCappedForm(
      new Request('http://x/', { method: 'POST', body, headers: { 'content-type': 'Multipart/Form-Data; boundary=WebKitFormBoundaryAbC' } }),
      10_000,
    );
    expect(form instanceof FormData && form.get('name')).toBe('قارئ');
  });
});
