import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers/axe';

test('the current section is marked in the header, for assistive technology and visibly', async ({ page }) => {
  await page.goto('/ar/section/economy');
  const nav = page.getByRole('navigation', { name: 'الأقسام' });
  if (await nav.isHidden()) await page.getByText('القائمة', { exact: true }).click();
  const current = nav.locator('[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveText('اقتصاد');
  const other = nav.getByRole('link', { name: 'سياسة' });
  const look = (link: typeof current) => link.evaluate((node) => `${getComputedStyle(node).fontWeight} ${getComputedStyle(node).textDecorationLine}`);
  expect(await look(current)).not.toBe(await look(other));
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('Escape closes the menu and gives focus back to its toggle', async ({ page }) => {
    await page.goto('/ar');
    const nav = page.getByRole('navigation', { name: 'الأقسام' });
    const toggle = page.getByText('القائمة', { exact: true });
    await toggle.click();
    await expect(nav).toBeVisible();
    await nav.getByRole('link', { name: 'اقتصاد' }).focus();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(page.locator('#site-menu summary')).toBeFocused();
  });

  test('the menu opens without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto('/ar');
    const nav = page.getByRole('navigation', { name: 'الأقسام' });
    await expect(nav).toBeHidden();
    await page.getByText('القائمة', { exact: true }).click();
    await expect(nav).toBeVisible();
    await nav.getByRole('link', { name: 'اقتصاد' }).click();
    await expect(page).toHaveURL(/\/ar\/section\/economy$/);
    await context.close();
  });
});

for (const [locale, heading] of [
  ['ar', 'الصفحة غير موجودة'],
  ['fr', 'Page introuvable'],
] as const) {
  test(`the ${locale} 404 keeps the header, footer and a search box`, async ({ page }) => {
    const response = await page.goto(`/${locale}/no-such-page-${Date.now()}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.locator('header').first()).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
    await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
}
