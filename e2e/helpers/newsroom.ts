import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { pngImage } from './images';

/** Fills the article editor: Arabic title, body typed into the rich-text editor, section, picture. */
export async function writeArticle(page: Page, { title, body, picture = false }: { title: string; body: string; picture?: boolean }) {
  await page.goto('/ar/admin/articles/new');
  await page.getByLabel('العنوان', { exact: true }).fill(title);
  const editor = page.getByRole('textbox', { name: 'نص المقال' });
  await editor.click();
  await page.keyboard.type(body);
  await page.getByLabel('القسم').selectOption({ label: 'سياسة' });
  if (picture) {
    // Uploaded through /api/media, which re-encodes it and answers with its /media/ address.
    await page.getByLabel('رفع صورة').setInputFiles({ name: 'صورة.png', mimeType: 'image/png', buffer: await pngImage(800, 600) });
    await expect(page.getByLabel('رابط الصورة')).toHaveValue(/^\/media\//);
    await page.getByLabel('النص البديل').fill('صورة توضيحية');
  }
  await page.getByRole('button', { name: 'إنشاء المسودة' }).click();
  await expect(page).toHaveURL(/\/ar\/admin\/articles\/\d+\?created=1$/);
  return Number(/articles\/(\d+)/.exec(page.url())![1]);
}

export async function takeStep(page: Page, name: string, status: string) {
  await page.getByRole('button', { name, exact: true }).click();
  await expect(page.getByTestId('article-status')).toHaveText(status);
}

/**
 * A reader's first request after a change (no staff cookie): it must already get the new page,
 * since the change refreshed it. Returns the page and how long it took to answer, in ms.
 */
export async function readAsVisitor(request: APIRequestContext, path: string) {
  const started = Date.now();
  const response = await request.get(path, { maxRedirects: 0 });
  return { status: response.status(), headers: response.headers(), html: await response.text(), ms: Date.now() - started };
}
