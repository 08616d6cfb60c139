import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers/axe';
import { createArticle, readerContext, withDb } from './helpers/comments';

async function articleWithTwoComments() {
  const article = await createArticle();
  const [first] = await withDb((db) =>
    Promise.all(
      ['سلمى', 'Karim'].map((authorName, index) =>
        db.comment.create({
          data: {
            articleId: article.id, authorName, authorEmail: `r${index}@example.ma`, body: `تعليق ${authorName}`, status: 'approved',
            idempotencyKey: `reply-${randomBytes(6).toString('hex')}`, createdAt: new Date(Date.now() - (2 - index) * 60_000),
          },
        }),
      ),
    ),
  );
  return { ...article, firstCommentId: first!.id };
}

test('"رد" opens the form under its comment with the focus in it; the writer alone sees their reply awaiting moderation', async ({ browser, request }) => {
  const article = await articleWithTwoComments();
  const context = await readerContext(browser);
  const page = await context.newPage();
  await page.goto(article.path);
  await page.getByRole('link', { name: /انقر للتعليق/ }).click();
  const parent = page.locator(`#comment-${article.firstCommentId}`);
  await parent.getByRole('button', { name: 'رد' }).click();

  // The form sits inside the answered comment's item, above the next comment, and takes the focus.
  const form = parent.getByRole('form', { name: 'الرد على سلمى' });
  await expect(form).toBeVisible();
  await expect(form.getByLabel('الاسم')).toBeFocused();
  await expect(page.locator('#comments-panel').getByRole('form')).toHaveCount(1);
  const next = page.locator('#comments-panel .comment').filter({ hasText: 'تعليق Karim' });
  expect((await form.boundingBox())!.y).toBeLessThan((await next.boundingBox())!.y);
  await expectNoSeriousA11yViolations(page);

  const reply = `ردي على سلمى ${randomBytes(3).toString('hex')}`;
  await form.getByLabel('الاسم').fill('Nadia');
  await form.getByLabel('البريد الإلكتروني').fill('nadia@example.ma');
  await form.getByLabel('التعليق').fill(reply);
  await page.waitForTimeout(3_300);
  const answer = page.waitForResponse((response) => response.url().endsWith('/api/comments') && response.request().method() === 'POST');
  await form.getByRole('button', { name: 'أرسل التعليق' }).click();
  // The server answers with the comment as stored and its time of day in Casablanca.
  const posted = (await (await answer).json()) as { ok: boolean; status: string; authorName: string; body: string; postedAtLabel: string };
  expect(posted).toMatchObject({ ok: true, status: 'pending', authorName: 'Nadia', body: reply });
  expect(posted.postedAtLabel).toMatch(/\d{2}:\d{2}/);

  const mine = parent.locator('.comment').filter({ hasText: reply });
  await expect(mine).toBeVisible();
  await expect(mine.getByText('في انتظار المراجعة')).toBeVisible();
  await expect(mine.locator('time')).toHaveText(posted.postedAtLabel);
  await expect(page.getByRole('status').filter({ hasText: 'تعليقك في انتظار المراجعة' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Still there for its writer after a reload (kept by the browser)…
  await page.reload();
  await page.getByRole('link', { name: /انقر للتعليق/ }).click();
  await expect(parent.locator('.comment').filter({ hasText: reply }).getByText('في انتظار المراجعة')).toBeVisible();

  // …and nowhere for anyone else: not in another reader's panel, not in the shared article HTML.
  const other = await (await readerContext(browser)).newPage();
  await other.goto(article.path);
  await other.getByRole('link', { name: /انقر للتعليق/ }).click();
  await expect(other.locator('#comments-panel').getByText('تعليق Karim')).toBeVisible();
  await expect(other.locator('#comments-panel').getByText(reply)).toHaveCount(0);
  expect(await (await request.get(article.path)).text()).not.toContain(reply);
  await context.close();
});

test('what the reader has typed moves with the form when "رد" opens it under a comment, and back on cancel', async ({ browser }) => {
  const article = await articleWithTwoComments();
  const context = await readerContext(browser);
  const page = await context.newPage();
  await page.goto(article.path);
  await page.getByRole('link', { name: /انقر للتعليق/ }).click();
  const foot = page.locator('#comments-panel').getByRole('form', { name: 'أضف تعليقا' });
  await foot.getByLabel('الاسم').fill('Nadia');
  await foot.getByLabel('البريد الإلكتروني').fill('nadia@example.ma');
  await foot.getByLabel('التعليق').fill('بدأت أكتب هنا ثم قررت الرد');

  const parent = page.locator(`#comment-${article.firstCommentId}`);
  await parent.getByRole('button', { name: 'رد' }).click();
  const reply = parent.getByRole('form', { name: 'الرد على سلمى' });
  await expect(reply.getByLabel('الاسم')).toHaveValue('Nadia');
  await expect(reply.getByLabel('البريد الإلكتروني')).toHaveValue('nadia@example.ma');
  await expect(reply.getByLabel('التعليق')).toHaveValue('بدأت أكتب هنا ثم قررت الرد');

  await reply.getByLabel('التعليق').fill('بل أكتب تعليقًا عامًا');
  await reply.getByRole('button', { name: 'إلغاء الرد' }).click();
  await expect(foot.getByLabel('التعليق')).toHaveValue('بل أكتب تعليقًا عامًا');
  await expect(foot.getByLabel('الاسم')).toHaveValue('Nadia');
  await context.close();
});

test('without JavaScript "رد" links to the form, opened under its comment', async ({ browser }) => {
  const article = await articleWithTwoComments();
  const context = await readerContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(article.path);
  await page.getByRole('link', { name: /انقر للتعليق/ }).click();
  await page.locator(`#comment-${article.firstCommentId}`).getByRole('link', { name: 'رد' }).click();
  await expect(page).toHaveURL(/reply=\d+#comment-form$/);
  const form = page.locator(`#comment-${article.firstCommentId}`).getByRole('form', { name: 'الرد على سلمى' });
  await expect(form).toBeVisible();
  await expect(page.getByRole('form')).toHaveCount(1);
  await context.close();
});
