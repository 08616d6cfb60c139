import { randomBytes } from 'node:crypto';
import { expect, test, type Locator } from '@playwright/test';
import { createArticle, newAddress, withDb } from './helpers/comments';

const FRENCH = 'Merci pour cet article, très clair.';
const ARABIC = 'شكرا على هذا المقال، واضح جدا.';
// 06:08 UTC on 11 June 2025 is 07:08 in Casablanca (UTC+1 outside Ramadan).
const WRITTEN_AT = new Date('2025-06-11T06:08:00Z');

async function articleWithComments() {
  const article = await createArticle();
  await withDb((db) =>
    db.comment.createMany({
      data: [FRENCH, ARABIC].map((body, index) => ({
        articleId: article.id, authorName: index ? 'سلمى' : 'Claire', authorEmail: `c${index}@example.ma`, body,
        status: 'approved', idempotencyKey: `direction-${randomBytes(6).toString('hex')}`, createdAt: WRITTEN_AT,
      })),
    }),
  );
  return article;
}

const direction = (text: Locator) => text.evaluate((node) => getComputedStyle(node).direction);

async function expectEachCommentInItsDirection(comments: Locator) {
  const french = comments.locator('.comment').filter({ hasText: FRENCH });
  const arabic = comments.locator('.comment').filter({ hasText: ARABIC });
  expect(await direction(french.locator('.comment-body'))).toBe('ltr');
  expect(await direction(arabic.locator('.comment-body'))).toBe('rtl');
  // Formatted by the server in Morocco's time, whatever the reader's clock says.
  await expect(french.locator('time')).toHaveText('11 يونيو 2025 في 07:08');
}

test('a French comment reads left to right in an Arabic thread, at Casablanca time, in the panel and without JavaScript', async ({ browser }) => {
  const article = await articleWithComments();
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled, timezoneId: 'Asia/Tokyo', extraHTTPHeaders: { 'x-forwarded-for': newAddress() } });
    const page = await context.newPage();
    await page.goto(article.path);
    await page.getByRole('link', { name: /انقر للتعليق/ }).click();
    const comments = javaScriptEnabled ? page.locator('#comments-panel') : page.locator('main');
    await expect(comments.getByText(FRENCH)).toBeVisible();
    await expectEachCommentInItsDirection(comments);
    await context.close();
  }
});
