import { expect, test } from '@playwright/test';

// Browsers ask for /favicon.ico on a first visit when the page names no icon; a 404 there is an
// error in every reader's console. The pages name none: a <link> would be repeated in every
// page's HTML and flight data.
test('the site icon is served where browsers look for it, without an error in the console', async ({ page, request }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('مداد');
  expect(await page.locator('link[rel~="icon"]').count()).toBe(0);
  expect(errors).toEqual([]);

  // The browser fetches the icon itself, outside the page's own requests: asked here the same way.
  const response = await request.get('/favicon.ico');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/x-icon');
  // An ICO file: reserved 0, type 1 (icon), at least one image.
  const body = await response.body();
  expect([body.readUInt16LE(0), body.readUInt16LE(2)]).toEqual([0, 1]);
  expect(body.readUInt16LE(4)).toBeGreaterThan(0);
});
