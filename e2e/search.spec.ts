import { expect, test, type Page } from '@playwright/test';
import { badInputs } from '../lib/search/bad-input-cases';
import { seed, seedArticlePath } from './helpers/seed-article';

// Readers search from the header of any page and land on ranked, highlighted results.

async function searchFromHeader(page: Page, query: string, isMobile: boolean) {
  await page.goto('/ar/section/politics');
  if (isMobile) await page.getByText('البحث', { exact: true }).click();
  const box = page.getByRole('searchbox', { name: 'ابحث في الموقع' }).first();
  await box.fill(query);
  await box.press('Enter');
  await expect(page).toHaveURL(/\/ar\/search\?q=/);
}

function firstResult(page: Page) {
  return page.getByRole('list', { name: 'نتائج البحث' }).getByRole('listitem').first();
}

test.describe('search', () => {
  for (const query of ['الحموشي FBI', 'الحَمُّوشِي']) {
    test(`the header box finds the seed article first for «${query}»`, async ({ page, isMobile }) => {
      await searchFromHeader(page, query, isMobile);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(query);
      const first = firstResult(page);
      await expect(first.getByRole('heading', { level: 2 })).toHaveText(seed.title);
      await expect(first.getByRole('link', { name: seed.title })).toHaveAttribute('href', decodeURIComponent(seedArticlePath));
      // The passage shows the words as written, the matched ones highlighted.
      await expect(first.locator('mark').filter({ hasText: 'الحموشي' }).first()).toBeVisible();
      await expect(first.locator('time')).toHaveText('22 فبراير 2023');
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('filters by section and date, and says when nothing matched', async ({ page }) => {
    await page.goto(`/ar/search?q=${encodeURIComponent('الحموشي')}&section=ala-masouliyati&from=2023-02-22&to=2023-02-22`);
    await expect(firstResult(page).getByRole('heading', { level: 2 })).toHaveText(seed.title);
    await page.goto(`/ar/search?q=${encodeURIComponent('الحموشي')}&section=ala-masouliyati&from=2024-01-01`);
    await expect(page.getByRole('heading', { name: /لا توجد نتائج لعبارة/ })).toBeVisible();
    await page.goto('/ar/search');
    await expect(page.getByRole('heading', { name: 'عمّ تبحث؟' })).toBeVisible();
  });
});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header form is a plain GET that lands on results', async ({ page, isMobile }) => {
    await searchFromHeader(page, 'الحموشي FBI', isMobile);
    await expect(firstResult(page).getByRole('heading', { level: 2 })).toHaveText(seed.title);
  });
});

test.describe('search answers', () => {
  test('bad input gives a normal page, never a server error', async ({ request }) => {
    for (const [index, { name, query }] of badInputs.entries()) {
      const response = await request.get(`/ar/search?${query}`, { headers: { 'x-forwarded-for': `10.13.0.${index + 1}` } });
      expect(response.status(), name).toBe(200);
      expect(await response.text(), name).toContain('البحث');
    }
  });

  test('too many searches from one address get a localized 429 with Retry-After', async ({ request }) => {
    const headers = { 'x-forwarded-for': '10.13.1.1' };
    let last = await request.get('/ar/search?q=x', { headers });
    for (let count = 1; count <= 40 && last.status() === 200; count += 1) last = await request.get('/ar/search?q=x', { headers });
    expect(last.status()).toBe(429);
    expect(Number(last.headers()['retry-after'])).toBeGreaterThan(0);
    expect(await last.text()).toContain('عمليات بحث كثيرة');
    // Another address is unaffected, and so are ordinary pages.
    expect((await request.get('/ar/search?q=x', { headers: { 'x-forwarded-for': '10.13.1.2' } })).status()).toBe(200);
    expect((await request.get('/ar', { headers })).status()).toBe(200);
  });
});
