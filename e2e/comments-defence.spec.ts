import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { agedFormToken, createArticle, newAddress, postComment, readerContext, withDb } from './helpers/comments';

const stored = (body: string) => withDb((db) => db.comment.count({ where: { body } }));
const email = () => `reader-${randomBytes(4).toString('hex')}@example.ma`;

test('without JavaScript the entry leads to a comments page whose form posts and comes back', async ({ browser }) => {
  const article = await createArticle();
  const context = await readerContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(article.path);
  await page.getByRole('link', { name: /انقر للتعليق/ }).click();
  await expect(page).toHaveURL(new RegExp(`${article.path}/comments$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(article.title);
  const openedAt = Date.now();

  // Over-long input is refused with a clear Arabic message, not cut.
  await page.getByLabel('الاسم').fill('ن'.repeat(81));
  await page.getByLabel('البريد الإلكتروني').fill(email());
  const tooLong = `نص ${randomBytes(4).toString('hex')}`;
  await page.getByLabel('التعليق').fill(tooLong);
  await page.waitForTimeout(Math.max(0, 3_300 - (Date.now() - openedAt)));
  await page.getByRole('button', { name: 'أرسل التعليق' }).click();
  await expect(page.getByText('الاسم أطول من 80 حرفا')).toBeVisible();
  expect(await stored(tooLong)).toBe(0);

  const body = `تعليق بلا جافاسكربت ${randomBytes(4).toString('hex')}\nسطر ثان`;
  await page.getByLabel('الاسم').fill('قارئ');
  await page.getByLabel('البريد الإلكتروني').fill(email());
  await page.getByLabel('التعليق').fill(body);
  await page.waitForTimeout(3_300);
  await page.getByRole('button', { name: 'أرسل التعليق' }).click();
  await expect(page).toHaveURL(/sent=pending/);
  await expect(page.getByRole('status')).toHaveText('تعليقك في انتظار المراجعة');
  expect(await stored(body)).toBe(1);
});

test('comments are not in the cached article HTML; they come fresh from the JSON route', async ({ request, baseURL }) => {
  const article = await createArticle();
  const token = await agedFormToken(request, article.id);
  const body = `تعليق منشور ${randomBytes(4).toString('hex')}`;
  expect((await postComment(request, baseURL!, article.id, token, { name: 'قارئ', email: email(), body })).status()).toBe(201);
  await withDb((db) => db.comment.updateMany({ where: { body }, data: { status: 'approved', approvedAt: new Date() } }));
  const html = await (await request.get(article.path)).text();
  expect(html).toContain('انقر للتعليق');
  expect(html).not.toContain(body);
  const json = await (await request.get(`/api/comments?article=${article.id}`)).json();
  expect(JSON.stringify(json)).toContain(body);
  expect(JSON.stringify(json)).not.toContain('@example.ma');
});

test('cross-site posts, bots, the honeypot and too-fast forms store nothing', async ({ request, baseURL }) => {
  const article = await createArticle();
  const token = await agedFormToken(request, article.id);
  const body = () => `محاولة ${randomBytes(4).toString('hex')}`;

  for (const origin of ['https://evil.example', 'null']) {
    const text = body();
    const response = await postComment(request, baseURL!, article.id, token, { name: 'x', email: email(), body: text }, { origin });
    expect(response.status()).toBe(403);
    expect((await response.json()).message).toContain('رفض الطلب');
    expect(await stored(text)).toBe(0);
  }

  const botText = body();
  const bot = await postComment(request, baseURL!, article.id, token, { name: 'x', email: email(), body: botText }, { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' });
  expect(bot.status()).toBe(403);
  expect(await stored(botText)).toBe(0);

  // Traps answer like a real comment, so a script learns nothing, and store nothing.
  const honeypotText = body();
  const honeypot = await postComment(request, baseURL!, article.id, token, { name: 'x', email: email(), body: honeypotText, website: 'https://spam.example' });
  expect(honeypot.status()).toBe(202);
  expect((await honeypot.json()).message).toBe('تعليقك في انتظار المراجعة');
  const fresh = (await (await request.get(`/api/comments?article=${article.id}`)).json()).formToken as string;
  const fastText = body();
  expect((await postComment(request, baseURL!, article.id, fresh, { name: 'x', email: email(), body: fastText })).status()).toBe(202);
  expect(await stored(honeypotText)).toBe(0);
  expect(await stored(fastText)).toBe(0);
});

test('a second comment from one address within 15 s gets 429 with a clear message; a retry is stored once', async ({ request, baseURL }) => {
  const article = await createArticle();
  const token = await agedFormToken(request, article.id);
  const address = newAddress();
  const idempotencyKey = randomBytes(16).toString('hex');
  const first = { name: 'قارئ', email: email(), body: `أول ${randomBytes(4).toString('hex')}`, idempotencyKey };
  const headers = { 'x-forwarded-for': address };
  expect((await postComment(request, baseURL!, article.id, token, first, headers)).status()).toBe(201);
  // The same form sent again (double click, retry) is answered as sent and not stored twice.
  const retry = await postComment(request, baseURL!, article.id, token, first, headers);
  expect(retry.status()).toBe(200);
  expect(await stored(first.body)).toBe(1);

  const secondText = `ثان ${randomBytes(4).toString('hex')}`;
  const second = await postComment(request, baseURL!, article.id, token, { name: 'قارئ', email: email(), body: secondText }, headers);
  expect(second.status()).toBe(429);
  expect(Number(second.headers()['retry-after'])).toBeGreaterThan(0);
  expect((await second.json()).message).toMatch(/انتظر \d+ ثانية/);
  expect(await stored(secondText)).toBe(0);
});
