import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers/axe';
import { createArticle, withDb } from './helpers/comments';
import { createUser, signIn } from './helpers/users';

// Desktop project only (playwright.config.ts): pinning is one lead per edition, so the phone
// project's copy of this flow would unpin this one's story while it is checked. The 360 px
// layout is checked here by resizing the reader's page.

const top = async (page: Page, name: string) => (await page.getByRole('region', { name }).boundingBox())!.y;

/** Until the home page a reader is served from the front cache says what `check` wants, at most 5 s. */
async function withinFiveSeconds(page: Page, check: (page: Page) => Promise<void>) {
  const changed = Date.now();
  await expect(async () => {
    await page.goto('/ar');
    await check(page);
  }).toPass({ timeout: 5000, intervals: [250] });
  expect(Date.now() - changed).toBeLessThan(5000);
}

async function cachedHome(request: APIRequestContext) {
  await expect.poll(async () => (await request.get('/ar')).headers()['x-front-cache'], { timeout: 10_000 }).toBe('HIT');
}

test('an editor pins a story as the lead and flags it "عاجل": the cached home page shows both within 5 seconds, and drops them as fast', async ({ browser, page, request }) => {
  // Creating the editor (a command-line run) and two axe passes take their time on a busy machine.
  test.setTimeout(120_000);
  const story = await createArticle(`خبر عاجل للاختبار ${Date.now()}`);
  const editor = createUser('editor');
  // The editor works at a desk; the reader's page is the project's (desktop, or the 360 px phone).
  const desk = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(desk, editor);
  const updatedBefore = await withDb((db) => db.article.findUniqueOrThrow({ where: { id: story.id } }).then((row) => row.updatedAt));

  await cachedHome(request);
  await page.goto('/ar');
  await expect(page.getByRole('region', { name: 'عاجل' }).getByRole('link', { name: story.title })).toHaveCount(0);

  await desk.goto(`/ar/admin/articles/${story.id}`);
  await expect(desk.getByRole('textbox', { name: 'نص المقال' })).toBeVisible();
  const placement = desk.getByRole('group', { name: 'في الصفحة الرئيسية' });
  await placement.getByLabel('تثبيته خبرا رئيسيا').check();
  await placement.getByLabel('عاجل').check();
  try {
    await desk.getByRole('button', { name: 'حفظ مكانه في الرئيسية' }).click();
    await expect(desk.getByRole('status').filter({ hasText: 'حفظ مكان المقال في الصفحة الرئيسية.' })).toBeVisible();
    await withinFiveSeconds(page, async (home) => {
      await expect(home.getByRole('region', { name: 'عاجل' }).getByRole('link', { name: story.title })).toBeVisible({ timeout: 500 });
      await expect(home.getByRole('region', { name: 'الخبر الرئيسي' }).getByRole('link', { name: story.title })).toBeVisible({ timeout: 500 });
    });
    // The strip opens the page, above the lead, on a desktop and on a 360 px phone.
    expect(await top(page, 'عاجل')).toBeLessThan(await top(page, 'الخبر الرئيسي'));
    await expectNoSeriousA11yViolations(page);
    await page.setViewportSize({ width: 360, height: 740 });
    await expect(page.getByRole('region', { name: 'عاجل' }).getByRole('link', { name: story.title })).toBeVisible();
    expect(await top(page, 'عاجل')).toBeLessThan(await top(page, 'الخبر الرئيسي'));
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectNoSeriousA11yViolations(desk);
    // Placing a story is not editing it: its modification time did not move.
    expect(await withDb((db) => db.article.findUniqueOrThrow({ where: { id: story.id } }).then((row) => row.updatedAt))).toEqual(updatedBefore);
  } finally {
    await desk.reload();
    await placement.getByLabel('تثبيته خبرا رئيسيا').uncheck();
    await placement.getByLabel('عاجل').uncheck();
    await desk.getByRole('button', { name: 'حفظ مكانه في الرئيسية' }).click();
    await expect(desk.getByRole('status').filter({ hasText: 'حفظ مكان المقال في الصفحة الرئيسية.' })).toBeVisible();
  }
  await withinFiveSeconds(page, async (home) => {
    // Still among the latest news (it is the newest story), but neither breaking nor the lead.
    await expect(home.getByRole('region', { name: 'عاجل' }).getByRole('link', { name: story.title })).toHaveCount(0, { timeout: 500 });
    await expect(home.getByRole('region', { name: 'الخبر الرئيسي' }).getByRole('link', { name: story.title })).toHaveCount(0, { timeout: 500 });
    await expect(home.getByRole('region', { name: 'آخر الأخبار' }).getByRole('link', { name: story.title })).toBeVisible({ timeout: 500 });
  });
});
