import { randomBytes } from 'node:crypto';
import { expect, request as playwrightRequest, test } from '@playwright/test';
import { readAsVisitor, takeStep, writeArticle } from './helpers/newsroom';
import { createUser, signIn } from './helpers/users';

// The newsroom at tablet width: an editor made with user:create writes, publishes, edits,
// schedules and unpublishes. Each change refreshes the cached pages it touches, so a reader's
// very first request afterwards sees it; the time that request takes is printed (how fast pages
// render depends on the machine, so it is a figure to read, not a pass mark).
test.use({ viewport: { width: 768, height: 1024 } });

test('an editor publishes, edits, schedules and unpublishes, and readers see each change at once', async ({ page, baseURL }, testInfo) => {
  test.setTimeout(240_000);
  const reader = await playwrightRequest.newContext({ baseURL });
  const tag = randomBytes(3).toString('hex');
  const editor = createUser('editor', 'هند المحررة');
  await signIn(page, editor);
  // The reader has the home and section pages in the cache before anything changes.
  await reader.get('/ar');
  await reader.get('/ar/section/politics');

  // Write and publish: Arabic title mixed with Latin, an uploaded picture, the politics section.
  const title = `البرلمان يصادق على قانون المالية ${tag}`;
  await writeArticle(page, { title, body: 'صادق مجلس النواب على مشروع قانون المالية لسنة 2027 (PLF) بالأغلبية.', picture: true });
  const pictureUrl = await page.getByLabel('رابط الصورة').inputValue();
  const slug = `البرلمان-يصادق-على-قانون-المالية-${tag}`;
  await expect(page.getByLabel('الرابط المختصر')).toHaveValue(slug);
  const id = Number(/articles\/(\d+)/.exec(page.url())![1]);
  await takeStep(page, 'نشر الآن', 'منشور');
  const home = await readAsVisitor(reader, '/ar');
  expect(home.html).toContain(title);
  const section = await readAsVisitor(reader, '/ar/section/politics');
  expect(section.html).toContain(title);
  const articlePath = `/ar/news/${encodeURIComponent(slug)}`;
  const article = await readAsVisitor(reader, articlePath);
  expect(article.html).toContain(pictureUrl);
  expect(article.html).toContain('(PLF)');
  expect((await reader.get(pictureUrl)).headers()['content-type']).toMatch(/^image\//);

  // Edit the title: the article and home page show it on the next request.
  const edited = `${title} بعد التعديل`;
  await page.getByLabel('العنوان', { exact: true }).fill(edited);
  await page.getByRole('button', { name: 'حفظ', exact: true }).click();
  await expect(page.locator('#editor-status')).toHaveText('تم الحفظ');
  const afterEdit = await readAsVisitor(reader, articlePath);
  expect(afterEdit.html).toContain(edited);
  expect((await readAsVisitor(reader, '/ar')).html).toContain(edited);

  // Change the slug: the old address answers 301 to the new one.
  const newSlug = `قانون-المالية-${tag}`;
  await page.getByLabel('الرابط المختصر').fill(newSlug);
  await page.getByRole('button', { name: 'حفظ', exact: true }).click();
  // The status already reads "saved" from the previous save, so wait on the reader's side: the
  // issue asks for the change within 5 seconds.
  await expect.poll(async () => (await readAsVisitor(reader, articlePath)).status, { timeout: 5_000 }).toBe(301);
  const moved = await readAsVisitor(reader, articlePath);
  expect(moved.status).toBe(301);
  expect(decodeURIComponent(moved.headers.location ?? '')).toContain(`/ar/news/${newSlug}`);

  // Schedule a second article a minute ahead: absent before its time, on the home page after,
  // with no reader or job doing anything.
  const later = `موعد لاحق ${tag}`;
  await writeArticle(page, { title: later, body: 'خبر مجدول يظهر بعد دقيقة.' });
  // A whole second: the form takes seconds, and the lag is measured from the stored time.
  const at = Math.ceil((Date.now() + 60_000) / 1000) * 1000;
  const local = await page.evaluate((time) => {
    const date = new Date(time);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  }, at);
  await page.getByLabel('موعد النشر').fill(local);
  await takeStep(page, 'جدولة النشر', 'مجدول');
  expect((await readAsVisitor(reader, '/ar')).html).not.toContain(later);
  await page.waitForTimeout(Math.max(0, at - Date.now() - 5000));
  expect((await readAsVisitor(reader, '/ar')).html).not.toContain(later);
  await expect.poll(async () => (await reader.get('/ar')).text(), { timeout: 60_000, intervals: [250] }).toContain(later);
  const scheduledLag = Date.now() - at;
  expect(scheduledLag).toBeGreaterThanOrEqual(0);

  // Unpublish the first: its address answers 404 (or 410) and it leaves the home page.
  await page.goto(`/ar/admin/articles/${id}`);
  await takeStep(page, 'سحب من النشر', 'سُحب من النشر');
  expect([404, 410]).toContain((await readAsVisitor(reader, `/ar/news/${encodeURIComponent(newSlug)}`)).status);
  expect((await readAsVisitor(reader, '/ar')).html).not.toContain(edited);

  const figures = `first reader request after publish: home ${home.ms} ms, section ${section.ms} ms, article ${article.ms} ms; after edit ${afterEdit.ms} ms; scheduled article on home ${scheduledLag} ms after its time`;
  testInfo.annotations.push({ type: 'timings', description: figures });
  console.log(`[${testInfo.project.name}] ${figures}`);
  await reader.dispose();
});
