import { expect, test, type APIRequestContext } from '@playwright/test';
import { sessionCookie } from './helpers/extra-server';
import { HTML_FILE, pngHeaderClaiming, pngImage, SVG_FILE } from './helpers/images';
import { takeStep, writeArticle } from './helpers/newsroom';
import { createUser, signIn } from './helpers/users';

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

// What a reader's browser does with an uploaded picture: Chromium reads AVIF, so it takes the
// AVIF copy the width the page draws it, and shows it.
test('a reader sees an article picture drawn from its AVIF copy', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, createUser('editor'));
  await writeArticle(page, { title: `صورة بصيغة حديثة ${Date.now()}`, body: 'خبر بصورة مرفوعة.', picture: true });
  const slug = await page.getByLabel('الرابط المختصر').inputValue();
  await takeStep(page, 'نشر الآن', 'منشور');

  const reader = await browser.newPage();
  await reader.goto(`/ar/news/${encodeURIComponent(slug)}`);
  const picture = reader.locator('article header figure img');
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  expect(await picture.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\/media\/[a-f0-9]{24}-\d+\.avif$/);
  await reader.close();
});
