import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers/axe';
import { withDb } from './helpers/comments';
import { pngImage } from './helpers/images';
import { adminNav, createUser, signIn } from './helpers/users';

// Uploaded pictures are kept in a library: described once (alternative text, caption, credit),
// then chosen again for another article without uploading them twice.

test('a picture is described in the media library and reused as an article image', async ({ page }) => {
  test.setTimeout(120_000);
  const editor = createUser('editor', 'رشيد المحرر');
  await signIn(page, editor);
  const uploaded = await page.request.post('/api/media', {
    multipart: { file: { name: 'صورة.png', mimeType: 'image/png', buffer: await pngImage(640, 480) } },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(uploaded.status()).toBe(201);
  const media = (await uploaded.json()) as { id: number; url: string };

  await page.goto('/ar/admin/media');
  await expect(page.getByRole('heading', { name: 'مكتبة الوسائط' })).toBeVisible();
  await expect((await adminNav(page)).getByRole('link', { name: 'الوسائط' })).toHaveAttribute('aria-current', 'page');
  const alt = `مبنى البرلمان ${randomBytes(2).toString('hex')}`;
  await page.getByRole('button', { name: `تعديل البيانات صورة رقم ${media.id}` }).click();
  const dialog = page.getByRole('dialog', { name: 'بيانات الصورة' });
  await dialog.getByLabel('النص البديل').fill(alt);
  await dialog.getByLabel('التعليق على الصورة').fill('واجهة مجلس النواب في الرباط');
  await dialog.getByLabel('مصدر الصورة').fill('وكالة المغرب العربي للأنباء');
  await dialog.getByRole('button', { name: 'حفظ' }).click();
  await expect(dialog.getByRole('status')).toHaveText('تم الحفظ');
  expect(await withDb((db) => db.media.findUniqueOrThrow({ where: { id: media.id }, select: { alt: true, caption: true, credit: true } }))).toEqual({
    alt,
    caption: 'واجهة مجلس النواب في الرباط',
    credit: 'وكالة المغرب العربي للأنباء',
  });
  await page.getByRole('button', { name: 'إغلاق' }).click();
  await expectNoSeriousA11yViolations(page);

  // Another article picks it from the library: address, size and words come with it.
  await page.goto('/ar/admin/articles/new');
  await page.getByLabel('العنوان', { exact: true }).fill('مقال بصورة من المكتبة');
  await page.getByRole('button', { name: 'اختيار من مكتبة الوسائط' }).click();
  await page.getByRole('dialog', { name: 'اختيار من مكتبة الوسائط' }).getByRole('button', { name: alt }).click();
  await expect(page.getByLabel('رابط الصورة')).toHaveValue(media.url);
  await expect(page.getByLabel('النص البديل')).toHaveValue(alt);
  await expect(page.getByLabel('التعليق على الصورة')).toHaveValue('واجهة مجلس النواب في الرباط — وكالة المغرب العربي للأنباء');
  await page.getByLabel('القسم').selectOption({ label: 'سياسة' });
  await page.getByRole('button', { name: 'إنشاء المسودة' }).click();
  await expect(page).toHaveURL(/\/ar\/admin\/articles\/\d+\?created=1$/);
  const id = Number(/articles\/(\d+)/.exec(page.url())![1]);
  expect(await withDb((db) => db.article.findUniqueOrThrow({ where: { id }, select: { imageUrl: true, imageAlt: true, imageWidth: true } }))).toEqual({
    imageUrl: media.url,
    imageAlt: alt,
    imageWidth: 640,
  });
});

test('media details that are too long get a localized error and change nothing', async ({ page }) => {
  const editor = createUser('editor');
  await signIn(page, editor);
  const uploaded = await page.request.post('/api/media', {
    multipart: { file: { name: 'b.png', mimeType: 'image/png', buffer: await pngImage(320, 240) } },
    headers: { origin: new URL(page.url()).origin },
  });
  const media = (await uploaded.json()) as { id: number };
  await page.goto('/ar/admin/media');
  await page.getByRole('button', { name: `تعديل البيانات صورة رقم ${media.id}` }).click();
  const dialog = page.getByRole('dialog', { name: 'بيانات الصورة' });
  // The field's maxlength stops a person; a crafted request is refused by the server.
  await dialog.getByLabel('مصدر الصورة').evaluate((input) => input.removeAttribute('maxlength'));
  await dialog.getByLabel('مصدر الصورة').fill('م'.repeat(201));
  await dialog.getByRole('button', { name: 'حفظ' }).click();
  await expect(dialog.getByText('النص أطول من المسموح')).toBeVisible();
  expect(await withDb((db) => db.media.findUniqueOrThrow({ where: { id: media.id }, select: { credit: true } }))).toEqual({ credit: '' });
});
