import { DriverAdapterError } from '@prisma/driver-adapter-utils';
import { describe, expect, it } from 'vitest';
import { answerUnavailableWith503 } from './database-unavailable';

const post = (accept = 'application/json', language = 'ar') =>
  new Request('http://localhost:3000/api/comments', { method: 'POST', headers: { accept, 'accept-language': language } });

// What a lost connection looks like once Prisma has wrapped it (P1017, adapter error inside).
const lostConnection = Object.assign(new Error('Server has closed the connection.'), {
  code: 'P1017',
  meta: { driverAdapterError: new DriverAdapterError({ kind: 'ConnectionClosed' }) },
});

describe('a write the database cannot take now', () => {
  it('answers a retryable 503 in the reader’s language, as JSON for the form', async () => {
    const response = await answerUnavailableWith503(post(), () => Promise.reject(lostConnection));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ ok: false, error: 'unavailable', message: 'تعذّر الحفظ الآن لانشغال قاعدة البيانات. أعد المحاولة بعد لحظات.' });
  });

  it('answers a small right-to-left page to a form sent without JavaScript', async () => {
    const timedOut = new DriverAdapterError({ kind: 'SocketTimeout' });
    const response = await answerUnavailableWith503(post('text/html'), () => Promise.reject(timedOut));
    expect(response.status).toBe(503);
    const html = await response.text();
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('أعد المحاولة');
  });

  it('lets other errors through and leaves answers alone', async () => {
    await expect(answerUnavailableWith503(post(), () => Promise.reject(new TypeError('bug')))).rejects.toThrow('bug');
    const ok = await answerUnavailableWith503(post(), async () => new Response('fine', { status: 201 }));
    expect(ok.status).toBe(201);
  });
});
