import { expect, test } from '@playwright/test';
import { writeArticle } from './helpers/newsroom';
import { createUser, signIn } from './helpers/users';

// The editor itself: pasted Word HTML is cleaned, drafts save themselves, one person edits at a
// time with a visible take-over, and revisions can be compared and restored.
test.use({ viewport: { width: 768, height: 1024 } });

test('autosave, Word paste, lock take-over and revision restore', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const first = createUser('editor', 'هند المحررة');
  const second = createUser('editor', 'سمير المحرر');
  await signIn(page, first);
  const id = await writeArticle(page, { title: 'مسودة للتجربة', body: 'الفقرة الأولى.' });

  // Paste Word HTML: styles, classes and Office tags go, bold and the text stay.
  const editor = page.getByRole('textbox', { name: 'نص المقال' });
  await editor.click();
  await page.keyboard.press('End');
  await editor.evaluate((element) => {
    const data = new DataTransfer();
    data.setData('text/html', '<p class="MsoNormal" style="color:red"><span lang="AR-MA">نص من وورد <b>Midad</b></span><o:p></o:p></p>');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(editor).toContainText('نص من وورد Midad');
  // Autosave: no click, and the text is there after a reload.
  await expect(page.locator('#editor-status')).toHaveText('حُفظ تلقائيا', { timeout: 15_000 });
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'نص المقال' })).toContainText('نص من وورد Midad');
  const preview = await page.request.get(`/ar/admin/preview/${id}`);
  const html = await preview.text();
  expect(html).toContain('<strong>Midad</strong>');
  expect(html).not.toMatch(/MsoNormal|color:red|o:p/);

  // Explicit save with a new title makes a revision.
  await page.getByLabel('العنوان', { exact: true }).fill('عنوان ثان');
  await page.getByRole('button', { name: 'حفظ', exact: true }).click();
  await expect(page.locator('#editor-status')).toHaveText('تم الحفظ');

  // A second editor finds the article locked, takes over; the first is told.
  const other = await browser.newContext({ viewport: { width: 768, height: 1024 } });
  const otherPage = await other.newPage();
  await signIn(otherPage, second);
  await otherPage.goto(`/ar/admin/articles/${id}`);
  await expect(otherPage.getByRole('alert').filter({ hasText: 'يحرر هند المحررة هذا المقال الآن' })).toBeVisible();
  await expect(otherPage.getByRole('button', { name: 'حفظ', exact: true })).toBeDisabled();
  await otherPage.getByRole('button', { name: 'تولي التحرير' }).click();
  await expect(otherPage.getByRole('button', { name: 'حفظ', exact: true })).toBeEnabled();
  await expect(page.getByRole('alert').filter({ hasText: 'تولى سمير المحرر تحرير المقال' })).toBeVisible({ timeout: 40_000 });
  await page.getByRole('button', { name: 'حفظ', exact: true }).click();
  await expect(page.locator('#editor-status')).toHaveText('يحرر شخص آخر هذا المقال الآن');

  // Revisions: compare the first version with the current one, then restore it.
  await otherPage.goto(`/ar/admin/articles/${id}/revisions`);
  await otherPage.getByRole('link', { name: 'مقارنة بالنسخة الحالية' }).last().click();
  await expect(otherPage.locator('ins').filter({ hasText: 'ثان' })).toBeVisible();
  await otherPage.getByRole('button', { name: 'استرجاع هذه المراجعة' }).click();
  await expect(otherPage.getByLabel('العنوان', { exact: true })).toHaveValue('مسودة للتجربة');
  await other.close();
});
