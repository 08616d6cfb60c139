import { expect, test, type Locator } from '@playwright/test';
import { seedArticlePath } from './helpers/seed-article';

const top = async (locator: Locator) => (await locator.boundingBox())!.y;

test("the header gives today's date in the Gregorian and the Hijri calendar", async ({ page }) => {
  await page.goto('/ar');
  const now = new Date();
  const zone = { timeZone: 'Africa/Casablanca' } as const;
  const gregorian = new Intl.DateTimeFormat('ar-MA', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', ...zone }).format(now);
  const hijri = new Intl.DateTimeFormat('ar-MA-u-ca-islamic', { day: 'numeric', month: 'long', year: 'numeric', ...zone }).format(now);
  const header = page.locator('body > header, header').first();
  await expect(header.getByText(gregorian)).toBeVisible();
  await expect(header.getByText(hijri)).toBeVisible();
});

test.describe('on a 360 px phone "الأكثر مشاهدة" is where a reader scrolling down meets it', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('home: right after the lead, before the latest news', async ({ page }) => {
    await page.goto('/ar');
    const mostViewed = page.getByRole('region', { name: 'الأكثر مشاهدة' });
    const lead = page.getByRole('region', { name: 'الخبر الرئيسي' });
    const latest = page.getByRole('region', { name: 'آخر الأخبار' });
    expect(await top(mostViewed)).toBeGreaterThan(await top(lead));
    expect(await top(mostViewed)).toBeLessThan(await top(latest));
  });

  test('article: right after the body, before comments and related articles', async ({ page }) => {
    await page.goto(seedArticlePath);
    const mostViewed = page.getByRole('region', { name: 'الأكثر مشاهدة' });
    expect(await top(mostViewed)).toBeGreaterThan(await top(page.locator('.article-body')));
    expect(await top(mostViewed)).toBeLessThan(await top(page.getByRole('link', { name: /انقر للتعليق/ })));
  });
});
