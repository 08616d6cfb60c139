import { expect, test } from '@playwright/test';
import { createUser, signIn } from './helpers/users';

// The admin on a 768 px tablet: the navigation folds behind a menu button, tables fit the width.
test.use({ viewport: { width: 768, height: 1024 } });

test('at 768 px the navigation collapses, marks the current page, and tables fit', async ({ page }) => {
  const editor = createUser('editor', 'نادية المحررة');
  await signIn(page, editor);
  const nav = page.getByRole('navigation', { name: 'قائمة الإدارة' });
  const menu = nav.getByRole('button', { name: 'القائمة' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(nav.getByRole('link', { name: 'المقالات' })).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await nav.getByRole('link', { name: 'سجل العمليات' }).click();
  await expect(page).toHaveURL(/\/ar\/admin\/audit$/);
  await menu.click();
  await expect(nav.getByRole('link', { name: 'سجل العمليات' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'الرئيسية' })).not.toHaveAttribute('aria-current', 'page');

  for (const path of ['/ar/admin/audit', '/ar/admin/sections', '/ar/admin/tags', '/ar/admin']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  // Secondary columns (the slug) are left out at this width.
  await page.goto('/ar/admin/sections');
  await expect(page.getByRole('columnheader', { name: 'الرابط المختصر' })).toBeHidden();
  await expect(page.getByRole('columnheader', { name: 'الاسم' })).toBeVisible();
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the article editor, the media library and the account page fit the width', async ({ page }) => {
    const editor = createUser('editor', 'نادية المحررة');
    await signIn(page, editor);
    // A fieldset grows to its widest content by default: the editor's toolbar and the authors
    // list once pushed the whole page past the screen, under the buttons a finger needs.
    for (const path of ['/ar/admin/articles/new', '/ar/admin/media', '/ar/admin/account', '/ar/admin/articles']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.goto('/ar/admin/articles/new');
    await page.getByRole('button', { name: 'اختيار من مكتبة الوسائط' }).click();
    await expect(page.getByRole('dialog', { name: 'اختيار من مكتبة الوسائط' })).toBeVisible();
  });
});
