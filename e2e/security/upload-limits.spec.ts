import { expect, test } from '@playwright/test';
import { pngImage } from '../helpers/images';
import { announceLargeBody, signedIn } from './helpers';

// Point 10: uploads are limited per user, in parallel (2 by default) and per minute (20), before
// the body is read; refusals are 429 JSON in the uploader's language with Retry-After.
test.describe('upload limits', () => {
  test('a third upload while two are still arriving is refused at once, in Arabic', async ({ request, baseURL }) => {
    const { cookie } = await signedIn(request, baseURL!, 'author');
    const headers = { cookie, origin: baseURL!, 'content-type': 'multipart/form-data; boundary=x' };
    // Two uploads announce 5 MB and stall after 1 KB: both hold a slot while their bodies "arrive".
    const stalled = [0, 1].map(() => announceLargeBody(baseURL!, '/api/media', headers, 5 * 1024 * 1024, 1024, 8_000));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const third = await request.post('/api/media?locale=ar', {
      headers: { cookie, origin: baseURL! },
      multipart: { file: { name: 'a.png', mimeType: 'image/png', buffer: await pngImage(20, 20) } },
    });
    expect(third.status()).toBe(429);
    expect(third.headers()['retry-after']).toMatch(/^\d+$/);
    expect(await third.json()).toEqual({ error: 'ما زالت صورك السابقة تُرفع. انتظر حتى تنتهي ثم أعد المحاولة.' });
    await Promise.all(stalled);
    // Once those ended (the client gave up), the slots are free again.
    const after = await request.post('/api/media', {
      headers: { cookie, origin: baseURL! },
      multipart: { file: { name: 'a.png', mimeType: 'image/png', buffer: await pngImage(20, 20) } },
    });
    expect(after.status()).toBe(201);
  });

  test('more than 20 uploads in a minute are refused with a localized 429, for that user only', async ({ request, baseURL }) => {
    const { cookie } = await signedIn(request, baseURL!, 'author');
    const send = (who: string, locale = 'ar') =>
      request.post(`/api/media?locale=${locale}`, {
        headers: { cookie: who, origin: baseURL! },
        multipart: { file: { name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture') } },
      });
    for (let i = 0; i < 20; i += 1) expect((await send(cookie)).status()).toBe(415);
    const refused = await send(cookie, 'fr');
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
    expect(await refused.json()).toEqual({ error: 'Trop d’images envoyées en peu de temps. Attendez une minute, puis réessayez.' });
    const other = await signedIn(request, baseURL!, 'author');
    expect((await send(other.cookie)).status()).toBe(415);
  });
});
