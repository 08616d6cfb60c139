import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers/axe';
import { createArticle, withDb } from './helpers/comments';
import { takeStep } from './helpers/newsroom';
import { createUser, signIn } from './helpers/users';

// The editor writes Arabic right: blocks in the edition's direction, an explicit per-block
// direction, a real link dialog, no italic, no hotlinked pictures, no empty paragraphs.

test('a paragraph typed as "FBI هو جهاز…" publishes right to left, bullets on the right', async ({ page }) => {
  test.setTimeout(120_000);
  const editor = createUser('editor', 'كريم المحرر');
  await signIn(page, editor);
  await page.goto('/ar/admin/articles/new');
  const title = page.getByLabel('العنوان', { exact: true });
  await expect(title).toHaveAttribute('dir', 'rtl');
  await expect(page.getByLabel('المقدمة')).toHaveAttribute('dir', 'rtl');
  // Arabic has no italic to offer; undo is drawn turned round.
  const toolbar = page.getByRole('toolbar', { name: 'أدوات التنسيق' });
  await expect(toolbar.getByRole('button', { name: 'مائل' })).toHaveCount(0);
  const undoIcon = toolbar.getByRole('button', { name: 'تراجع' }).locator('span');
  expect(await undoIcon.evaluate((icon) => getComputedStyle(icon).scale)).toMatch(/^-1(00%)? 1(00%)?$/);

  await title.fill('FBI يشيد بنسبة 85%');
  const body = page.getByRole('textbox', { name: 'نص المقال' });
  await body.click();
  await page.keyboard.type('FBI هو جهاز التحقيقات الفدرالي.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await toolbar.getByRole('button', { name: 'قائمة نقطية' }).click();
  await page.keyboard.type('CIA أولا');
  await page.keyboard.press('Enter');
  await page.keyboard.type('NSA ثانيا');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  // One quoted sentence in French, set left to right by hand.
  await page.keyboard.type('Le bureau a confirmé.');
  await toolbar.getByRole('button', { name: 'فقرة من اليسار إلى اليمين' }).click();
  await expect(toolbar.getByRole('button', { name: 'فقرة من اليسار إلى اليمين' })).toHaveAttribute('aria-pressed', 'true');
  // A link through the dialog, not window.prompt.
  await page.keyboard.press('Shift+Home');
  await toolbar.getByRole('button', { name: 'رابط' }).click();
  const dialog = page.getByRole('dialog', { name: 'إضافة رابط' });
  await dialog.getByLabel('عنوان الرابط').fill('ليس عنوانا');
  await dialog.getByRole('button', { name: 'تطبيق الرابط' }).click();
  await expect(dialog.getByText('اكتب عنوانا يبدأ بـ https://')).toBeVisible();
  await dialog.getByLabel('عنوان الرابط').fill('https://www.fbi.gov/');
  await dialog.getByLabel('عنوان الرابط').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(body.getByRole('link', { name: 'Le bureau a confirmé.' })).toHaveAttribute('href', 'https://www.fbi.gov/');
  // Paste after the text, not over the selected sentence.
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  // A picture pasted from another site is refused with a message, not hotlinked.
  await body.evaluate((element) => {
    const data = new DataTransfer();
    data.setData('text/html', '<p>صورة</p><img src="https://example.com/photo.jpg">');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByText('لم تُلصق الصور القادمة من مواقع أخرى')).toBeVisible();
  await expect(body.locator('img')).toHaveCount(0);

  await page.getByLabel('القسم').selectOption({ label: 'سياسة' });
  await page.getByRole('button', { name: 'إنشاء المسودة' }).click();
  await expect(page).toHaveURL(/\/ar\/admin\/articles\/\d+\?created=1$/);
  const id = Number(/articles\/(\d+)/.exec(page.url())![1]);
  await expectNoSeriousA11yViolations(page);

  // The draft's preview does not claim it was published.
  await page.goto(`/ar/admin/preview/${id}`);
  await expect(page.locator('article')).toContainText('لم يُنشر بعد');
  await expect(page.locator('article')).not.toContainText('نشرت في');

  const stored = await withDb((db) => db.article.findUniqueOrThrow({ where: { id }, select: { body: true } }));
  expect(stored.body).not.toMatch(/dir="auto"|<p[^>]*><\/p>|<img/);

  await page.goto(`/ar/admin/articles/${id}`);
  await takeStep(page, 'نشر الآن', 'منشور');
  const slug = await withDb((db) => db.article.findUniqueOrThrow({ where: { id }, select: { slug: true } }));
  await page.goto(`/ar/news/${encodeURIComponent(slug.slug)}`);
  const paragraph = page.locator('.article-body p').filter({ hasText: 'FBI هو جهاز' });
  expect(await paragraph.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  const list = page.locator('.article-body ul');
  expect(await list.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  // The bullets sit on the right: the list's indent (where the markers are drawn) is on the right.
  const padding = await list.evaluate((element) => [getComputedStyle(element).paddingRight, getComputedStyle(element).paddingLeft].map(Number.parseFloat));
  expect(padding[0]).toBeGreaterThan(0);
  expect(padding[1]).toBe(0);
  const french = page.locator('.article-body p').filter({ hasText: 'Le bureau a confirmé.' });
  expect(await french.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
  await expect(page.locator('.article-body p:empty')).toHaveCount(0);
});

test('a body saved when blocks guessed their direction reads right to left, on the page and in the editor', async ({ page }) => {
  const article = await createArticle();
  await withDb((db) =>
    db.article.update({
      where: { id: article.id },
      data: { body: '<p dir="auto">FBI هو جهاز التحقيقات الفدرالي.</p><ul dir="auto"><li dir="auto">CIA أولا</li></ul><p dir="ltr">Le bureau a confirmé.</p>' },
    }),
  );
  await page.goto(article.path);
  const paragraph = page.locator('.article-body p').filter({ hasText: 'FBI هو جهاز' });
  expect(await paragraph.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  expect(await page.locator('.article-body ul').evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  // A direction set on purpose stays.
  const french = page.locator('.article-body p').filter({ hasText: 'Le bureau a confirmé.' });
  expect(await french.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');

  await signIn(page, createUser('editor', 'سعاد المحررة'));
  await page.goto(`/ar/admin/articles/${article.id}`);
  const inEditor = page.getByRole('textbox', { name: 'نص المقال' }).locator('p').filter({ hasText: 'FBI هو جهاز' });
  await expect(inEditor).toBeVisible();
  expect(await inEditor.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
});

test('the editor passes axe in French', async ({ page }) => {
  const editor = createUser('editor', 'Nadia');
  await signIn(page, editor);
  await page.goto('/fr/admin/articles/new');
  await expect(page.getByRole('toolbar')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Italique' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
