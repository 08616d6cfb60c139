import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { agedFormToken, createArticle, postComment } from './helpers/comments';
import { createUser, signIn } from './helpers/users';
import { XSS_PAYLOADS } from './helpers/xss-payloads';

// What the site stores for a name: whitespace runs folded (names are one line).
const asName = (payload: string) => (payload.length <= 80 ? payload : payload.slice(0, 40)).replace(/\s+/g, ' ').trim();

async function watchForScripts(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

async function expectNothingRan(page: Page, dialogs: string[]) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
}

test('XSS payloads in names and texts stay text on the article and in the moderation queue', async ({ browser, request, baseURL }) => {
  test.setTimeout(300_000);
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
  const article = await createArticle();
  const token = await agedFormToken(request, article.id);
  for (const payload of XSS_PAYLOADS) {
    const response = await postComment(request, baseURL!, article.id, token, {
      name: asName(payload),
      email: `xss-${randomBytes(4).toString('hex')}@example.ma`,
      body: payload,
    });
    expect(response.status(), payload).toBe(201);
  }

  // The moderation queue, with every payload pending in it.
  const moderatorPage = await (await browser.newContext()).newPage();
  const moderatorDialogs = await watchForScripts(moderatorPage);
  await signIn(moderatorPage, createUser('moderator'));
  await moderatorPage.goto(`/ar/admin/comments?status=pending&article=${article.id}`);
  const rows = moderatorPage.locator('.queue-comment').filter({ hasText: article.title });
  await expect(rows).toHaveCount(XSS_PAYLOADS.length);
  await expectNothingRan(moderatorPage, moderatorDialogs);
  // In each row, the body paragraph and the name hold text only, never an element.
  expect(await rows.locator('p, bdi').evaluateAll((nodes) => nodes.filter((node) => node.children.length > 0).length)).toBe(0);
  expect(await moderatorPage.locator('main script, main img, main svg, main iframe, main object, main embed, main video, main audio, main math').count()).toBe(0);
  const shownBodies = await rows.locator('p.whitespace-pre-wrap').allInnerTexts();
  expect(shownBodies.sort()).toEqual([...XSS_PAYLOADS].sort());

  // Tick every row of this article (one by one would only make the test slow), then approve in bulk.
  await rows.getByRole('checkbox').evaluateAll((boxes) => boxes.forEach((box) => ((box as HTMLInputElement).checked = true)));
  await moderatorPage.locator('fieldset').getByRole('button', { name: 'موافقة', exact: true }).click();
  await expect(moderatorPage.locator('.queue-comment').filter({ hasText: article.title })).toHaveCount(0);
  await expectNothingRan(moderatorPage, moderatorDialogs);

  // The article, comments opened, every page of them.
  const page = await (await browser.newContext()).newPage();
  const dialogs = await watchForScripts(page);
  await page.goto(article.path);
  await page.getByRole('link', { name: /انقر للتعليق/ }).click();
  const panel = page.locator('#comments-panel');
  const seenBodies: string[] = [];
  const seenNames: string[] = [];
  for (;;) {
    await expect(panel.locator('.comment').first()).toBeVisible();
    expect(await panel.locator('.comment-body, .comment-author').evaluateAll((nodes) => nodes.filter((node) => node.children.length > 0).length)).toBe(0);
    expect(await panel.locator('script, img, svg, iframe, object, embed, video, audio, math, a').count()).toBe(0);
    seenBodies.push(...(await panel.locator('.comment-body').allInnerTexts()));
    seenNames.push(...(await panel.locator('.comment-author').allInnerTexts()));
    await expectNothingRan(page, dialogs);
    const next = panel.getByRole('button', { name: 'الصفحة التالية' });
    if (!(await next.isVisible()) || (await next.isDisabled())) break;
    const firstId = await panel.locator('.comment').first().locator('..').getAttribute('id');
    await next.click();
    await expect(panel.locator('.comment').first().locator('..')).not.toHaveAttribute('id', firstId!);
  }
  expect(seenBodies.sort()).toEqual([...XSS_PAYLOADS].sort());
  expect(seenNames.sort()).toEqual(XSS_PAYLOADS.map(asName).sort());
  await page.mouse.move(200, 200);
  await page.keyboard.press('Tab');
  await expectNothingRan(page, dialogs);

  // The no-JS comments page shows them as text as well.
  await page.goto(`${article.path}/comments`);
  expect(await page.locator('.comment-body, .comment-author').evaluateAll((nodes) => nodes.filter((node) => node.children.length > 0).length)).toBe(0);
  await expectNothingRan(page, dialogs);
});
