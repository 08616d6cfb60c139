import { expect, test, type APIRequestContext } from '@playwright/test';
import { sessionCookie } from './helpers/extra-server';
import { HTML_FILE, pngHeaderClaiming, pngImage, SVG_FILE } from './helpers/images';
import { createUser } from './helpers/users';

// POST /api/media: judged by content, not by name; answers { id, url, width, height } or { error }.
test.describe('media uploads', () => {
  let cookie: string;
  test.beforeAll(async ({ request, baseURL }) => {
    cookie = await sessionCookie(request, baseURL!, createUser('author'));
  });

  const upload = (request: APIRequestContext, baseURL: string, buffer: Buffer, name: string, mimeType: string, query = '') =>
    request.post(`/api/media${query}`, {
      headers: { cookie, origin: baseURL },
      multipart: { file: { name, mimeType, buffer } },
    });

  test('a PNG renamed .jpg is accepted and served as a PNG with nosniff', async ({ request, baseURL }) => {
    const response = await upload(request, baseURL!, await pngImage(900, 500), 'holiday.jpg', 'image/jpeg');
    expect(response.status()).toBe(201);
    const body = (await response.json()) as { id: number; url: string; width: number; height: number };
    expect(body).toEqual({ id: expect.any(Number), url: expect.stringMatching(/^\/media\/[a-f0-9]{24}\.png$/), width: 900, height: 500 });
    const file = await request.get(body.url);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('image/png');
    expect(file.headers()['x-content-type-options']).toBe('nosniff');
    const variant = await request.get(body.url.replace('.png', '-640.webp'));
    expect(variant.headers()['content-type']).toBe('image/webp');
    expect((await request.get('/media/..%2F..%2Fpackage.json')).status()).toBe(404);
  });

  test('HTML renamed .jpg, SVG and a 50,000 × 50,000 header are refused with a clear message', async ({ request, baseURL }) => {
    const html = await upload(request, baseURL!, HTML_FILE, 'photo.jpg', 'image/jpeg');
    expect(html.status()).toBe(415);
    expect(await html.json()).toEqual({ error: expect.stringContaining('JPEG وPNG وWebP وAVIF') });
    const svg = await upload(request, baseURL!, SVG_FILE, 'logo.svg', 'image/svg+xml', '?locale=fr');
    expect(svg.status()).toBe(415);
    expect(await svg.json()).toEqual({ error: expect.stringContaining('Formats acceptés') });
    const bomb = await upload(request, baseURL!, pngHeaderClaiming(50_000, 50_000), 'bomb.png', 'image/png', '?locale=en');
    expect(bomb.status()).toBe(422);
    expect(await bomb.json()).toEqual({ error: expect.stringContaining('too large') });
  });

  test('more than 10 MB and an anonymous upload are refused', async ({ request, baseURL }) => {
    const big = Buffer.concat([await pngImage(10, 10), Buffer.alloc(11 * 1024 * 1024)]);
    expect((await upload(request, baseURL!, big, 'big.png', 'image/png')).status()).toBe(413);
    const anonymous = await request.post('/api/media', {
      headers: { origin: baseURL! },
      multipart: { file: { name: 'a.png', mimeType: 'image/png', buffer: await pngImage(10, 10) } },
    });
    expect(anonymous.status()).toBe(401);
    expect(await anonymous.json()).toEqual({ error: 'سجّل الدخول لرفع الصور.' });
  });
});
