import { expect, test, type Page } from '@playwright/test';
import { createArticle, readerContext, withDb } from './helpers/comments';
import { seed, seedArticlePath } from './helpers/seed-article';
import { createUser, signIn } from './helpers/users';

// The first comment on an article: desktop uses the seed article; the phone run gets an article of
// its own so the two runs (in parallel, on one server) never count each other's comments.
async function articleFor(projectName: string) {
  if (projectName !== 'desktop') return createArticle();
  const id = await withDb(async (db) => (await db.article.findFirstOrThrow({ where: { locale: 'ar', title: seed.title } })).id);
  return { id, title: seed.title, path: seedArticlePath };
}

const entry = (page: Page) => page.getByRole('link', { name: /انقر للتعليق/ });

async function approve(page: Page, articleId: number, text: string) {
  await page.goto(`/ar/admin/comments?status=pending&article=${articleId}`);
  const row = page.locator('.queue-comment').filter({ hasText: text });
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: 'موافقة', exact: true }).click();
  await expect(page.locator('.queue-comment').filter({ hasText: text })).toHaveCount(0);
}

test('click to comment → pending → approved by a moderator → a new reader sees it and replies; counts follow', async ({ browser }, testInfo) => {
  test.setTimeout(150_000);
  const article = await articleFor(testInfo.project.name);
  const tag = Date.now().toString(36);
  const body = `تعليق أول ${tag}\nسطر ثان 🎉 mixed نص`;

  const readerContextA = await readerContext(browser);
  const reader = await readerContextA.newPage();
  await reader.goto(article.path);
  await expect(entry(reader)).toContainText('لا تعليقات');
  await expect(reader.locator('#comments-panel')).toBeHidden();
  await entry(reader).click();
  await expect(entry(reader)).toHaveAttribute('aria-expanded', 'true');
  const panel = reader.locator('#comments-panel');
  await expect(panel.getByText('لا تعليقات بعد')).toBeVisible();
  const openedAt = Date.now();

  await panel.getByLabel('الاسم').fill('سلمى 🌙 Benali');
  await panel.getByLabel('البريد الإلكتروني').fill(`salma-${tag}@example.ma`);
  await panel.getByLabel('التعليق').fill(body);
  // Closing and reopening keeps what the reader typed.
  await entry(reader).click();
  await expect(panel).toBeHidden();
  await entry(reader).click();
  await expect(panel.getByLabel('التعليق')).toHaveValue(body);
  await expect(panel.getByLabel('الاسم')).toHaveValue('سلمى 🌙 Benali');

  // A human takes a few seconds to write; the server silently drops faster forms.
  await reader.waitForTimeout(Math.max(0, 3_300 - (Date.now() - openedAt)));
  await panel.getByRole('button', { name: 'أرسل التعليق' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'تعليقك في انتظار المراجعة' })).toBeVisible();
  await expect(panel.getByLabel('التعليق')).toHaveValue('');
  const rootId = await withDb(async (db) => (await db.comment.findFirstOrThrow({ where: { body } })).id);

  const moderator = createUser('moderator');
  const moderatorPage = await (await browser.newContext()).newPage();
  await signIn(moderatorPage, moderator);
  await approve(moderatorPage, article.id, tag);

  // A new reader: the cached article now counts one, and the comment is there, text exact.
  const readerContextB = await readerContext(browser);
  const second = await readerContextB.newPage();
  await second.goto(article.path);
  await expect(entry(second)).toContainText('تعليق واحد');
  await entry(second).click();
  const root = second.locator(`#comment-${rootId}`);
  await expect(root.locator('.comment-body').first()).toHaveText(body, { useInnerText: true });
  await expect(root.locator('bdi.comment-author').first()).toHaveText('سلمى 🌙 Benali');

  await root.getByRole('button', { name: 'رد' }).first().click();
  const panelB = second.locator('#comments-panel');
  await expect(panelB.getByRole('heading', { name: 'الرد على سلمى 🌙 Benali' })).toBeVisible();
  const replyText = `رد على التعليق ${tag}`;
  await panelB.getByLabel('الاسم').fill('Karim');
  await panelB.getByLabel('البريد الإلكتروني').fill(`karim-${tag}@example.ma`);
  await panelB.getByLabel('التعليق').fill(replyText);
  await second.waitForTimeout(3_300);
  await panelB.getByRole('button', { name: 'أرسل التعليق' }).click();
  await expect(panelB.getByRole('status').filter({ hasText: 'تعليقك في انتظار المراجعة' })).toBeVisible();

  await approve(moderatorPage, article.id, replyText);

  await reader.reload();
  await expect(entry(reader)).toContainText('تعليقان');
  await entry(reader).click();
  const thread = reader.locator(`#comment-${rootId}`);
  await expect(thread.locator('ol .comment-body')).toHaveText(replyText);
  await expect(reader.locator('#comments-panel > ol > li')).toHaveCount(1);
});
