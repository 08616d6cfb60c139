import { expect, test } from '@playwright/test';
import { adminNav, createUser, signIn } from './helpers/users';

// An admin list keeps the header and menu and shows the shape of a list while its data loads,
// instead of a blank wait.

test('an editor opening a list sees a localized skeleton, then the list', async ({ page }) => {
  await signIn(page, createUser('editor'));
  await page.goto('/ar/admin');
  // Hold the list's data back, so the wait is long enough to look at (prefetches pass).
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/ar\/admin\/comments(\?|$)/, async (route) => {
    if (!route.request().headers()['next-router-prefetch']) await held;
    await route.continue();
  });

  await (await adminNav(page)).getByRole('link', { name: 'التعليقات' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'جار تحميل القائمة…' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'قائمة الإدارة' })).toBeVisible();

  release();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('جار تحميل القائمة…')).toHaveCount(0);
});

test('the server streams the skeleton first, in the page language', async ({ page }) => {
  await signIn(page, createUser('editor'));
  for (const [locale, text] of [
    ['ar', 'جار تحميل القائمة…'],
    ['fr', 'Chargement de la liste…'],
  ] as const) {
    const answer = await page.request.get(`/${locale}/admin/articles`);
    expect(answer.status()).toBe(200);
    const html = await answer.text();
    expect(html).toContain(text);
    expect(html.indexOf(text)).toBeLessThan(html.indexOf('<table'));
  }
});
