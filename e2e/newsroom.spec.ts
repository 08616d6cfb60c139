import { randomBytes } from 'node:crypto';
import { expect, request as playwrightRequest, test } from '@playwright/test';
import { timeUntilVisible, takeStep, writeArticle } from './helpers/newsroom';
import { createUser, signIn } from './helpers/users';

// The newsroom at tablet width: an editor made with user:create writes, publishes, edits,
// schedules and unpublishes, and readers see each change within 5 seconds.
test.use({ viewport: { width: 768, height: 1024 } });

test('an editor publishes, edits, schedules and unpublishes, and readers follow within 5 seconds', async ({ page, baseURL }, testInfo) => {
  test.setTimeout(240_000);
  const reader = await playwrightRequest.newContext({ baseURL });
  const tag = randomBytes(3).toString('hex');
  const editor = createUser('editor', 'هند المحررة');
  await signIn(page, editor);

  // Write and publish: Arabic title mixed with Latin, a picture, the politics section.
  const title = `البرلمان يصادق على قانون المالية ${tag}`;
  const id = await writeArticle(page, { title, body: 'صادق مجلس النواب على مشروع قانون المالية لسنة 2027 (PLF) بالأغلبية.', picture: true });
  const pictureUrl = await page.getByLabel('رابط الصورة').inputValue();
  await expect(page.getByLabel('الرابط المختصر')).toHaveValue(`البرلمان-يصادق-على-قانون-المالية-${tag}`);
  await takeStep(page, 'نشر الآن', 'منشور');
  const articlePath = `/ar/news/${encodeURIComponent(`البرلمان-يصادق-على-قانون-المالية-${tag}`)}`;
  const onHome = await timeUntilVisible(reader, '/ar', title);
  const onSection = await timeUntilVisible(reader, '/ar/section/politics', title);
  const articleHtml = await (await reader.get(articlePath)).text();
  expect(articleHtml).toContain(pictureUrl);
  expect((await reader.get(pictureUrl)).headers()['content-type']).toMatch(/^image\//);
  expect(articleHtml).toContain('(PLF)');

  // Edit the title: the change reaches the article and home page.
  const edited = `${title} بعد التعديل`;
  await page.getByLabel('العنوان', { exact: true }).fill(edited);
  await page.getByRole('button', { name: 'حفظ', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'تم الحفظ' })).toBeVisible();
  const editVisible = await timeUntilVisible(reader, articlePath, edited);
  await timeUntilVisible(reader, '/ar', edited);

  // Change the slug: the old address answers 301 to the new one.
  const newSlug = `قانون-المالية-${tag}`;
  await page.getByLabel('الرابط المختصر').fill(newSlug);
  await page.getByRole('button', { name: 'حفظ', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'تم الحفظ' })).toBeVisible();
  await expect
    .poll(async () => (await reader.get(articlePath, { maxRedirects: 0 })).status(), { timeout: 5000 })
    .toBe(301);
  const moved = await reader.get(articlePath, { maxRedirects: 0 });
  expect(decodeURIComponent(moved.headers().location ?? '')).toContain(`/ar/news/${newSlug}`);

  // Schedule a second article a minute ahead: invisible before, on the home page at its time.
  const later = `موعد لاحق ${tag}`;
  const laterId = await writeArticle(page, { title: later, body: 'خبر مجدول يظهر بعد دقيقة.' });
  // A whole second: the form takes seconds, and the lag is measured from the stored time.
  const at = Math.ceil((Date.now() + 60_000) / 1000) * 1000;
  const local = await page.evaluate((time) => {
    const date = new Date(time);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  }, at);
  await page.getByLabel('موعد النشر').fill(local);
  await takeStep(page, 'جدولة النشر', 'مجدول');
  expect(await (await reader.get('/ar')).text()).not.toContain(later);
  await expect
    .poll(async () => (await reader.get('/ar')).text(), { timeout: 80_000, intervals: [250] })
    .toContain(later);
  const scheduledLag = Date.now() - at;
  expect(scheduledLag).toBeGreaterThanOrEqual(0);
  expect(scheduledLag).toBeLessThan(5000);
  expect(laterId).not.toBe(id);

  // Unpublish the first: its address answers 404 (or 410) and it leaves the home page.
  await page.goto(`/ar/admin/articles/${id}`);
  await takeStep(page, 'سحب من النشر', 'سُحب من النشر');
  await expect.poll(async () => (await reader.get(`/ar/news/${encodeURIComponent(newSlug)}`)).status(), { timeout: 5000 }).toBeGreaterThanOrEqual(404);
  expect([404, 410]).toContain((await reader.get(`/ar/news/${encodeURIComponent(newSlug)}`)).status());
  await expect.poll(async () => (await reader.get('/ar')).text(), { timeout: 5000 }).not.toContain(edited);

  testInfo.annotations.push({
    type: 'timings',
    description: `home ${onHome} ms, section ${onSection} ms, edit ${editVisible} ms, scheduled lag ${scheduledLag} ms`,
  });
  console.log(`[${testInfo.project.name}] visible on home ${onHome} ms, section ${onSection} ms, edit ${editVisible} ms, scheduled lag ${scheduledLag} ms`);
  await reader.dispose();
});
