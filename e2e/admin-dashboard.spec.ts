import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers/axe';
import { agedFormToken, createArticle, postComment, withDb } from './helpers/comments';
import { takeStep, writeArticle } from './helpers/newsroom';
import { adminNav, createUser, signIn } from './helpers/users';

// The admin home: what waits for whom (counted from the database), a quick draft, recent activity
// in sentences, and a navigation that marks where the editor is.

const STATUSES = ['draft', 'review', 'scheduled', 'published', 'unpublished'] as const;

async function databaseCounts() {
  return withDb(async (db) => {
    const groups = await db.article.groupBy({ by: ['status'], _count: { _all: true } });
    const pending = await db.comment.count({ where: { status: 'pending' } });
    const byStatus = Object.fromEntries(STATUSES.map((status) => [status, groups.find((group) => group.status === status)?._count._all ?? 0]));
    return { ...byStatus, pending } as Record<(typeof STATUSES)[number] | 'pending', number>;
  });
}

async function shownCounts(page: Page) {
  const counts: Record<string, number> = {};
  for (const key of [...STATUSES, 'pending']) {
    counts[key] = Number(await page.getByTestId(`glance-${key}`).locator('strong').innerText());
  }
  return counts;
}

/**
 * The dashboard shows the database's counts. Other flows running beside this one write articles
 * and comments between the page's render and the count here, so the page is read again until
 * both agree. Returns the counts.
 */
async function expectCountsOfDatabase(page: Page) {
  let counts: Awaited<ReturnType<typeof databaseCounts>> | undefined;
  await expect(async () => {
    await page.goto('/ar/admin');
    const shown = await shownCounts(page);
    counts = await databaseCounts();
    expect(shown).toEqual(counts);
  }).toPass({ timeout: 30_000 });
  return counts!;
}

test('dashboard counts match the database after a publish and a pending comment', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const editor = createUser('editor', 'هند المحررة');
  await signIn(page, editor);
  await expect(page.getByRole('heading', { name: 'نظرة سريعة' })).toBeVisible();
  await expectCountsOfDatabase(page);

  const title = `خبر للوحة ${randomBytes(3).toString('hex')}`;
  const id = await writeArticle(page, { title, body: 'نص الخبر.' });
  await takeStep(page, 'نشر الآن', 'منشور');
  const article = await createArticle();
  const token = await agedFormToken(page.request, article.id);
  const posted = await postComment(page.request, baseURL!, article.id, token, { name: 'قارئ', email: `q-${randomBytes(3).toString('hex')}@example.test`, body: 'تعليق ينتظر المراجعة' });
  expect(posted.status()).toBeLessThan(300);

  const after = await expectCountsOfDatabase(page);
  expect(after.pending).toBeGreaterThan(0);
  // The navigation carries the same number as a badge, read out in words.
  const commentsLink = (await adminNav(page)).getByRole('link', { name: /التعليقات/ });
  await expect(commentsLink).toContainText(String(after.pending));
  await expect(commentsLink.locator('.sr-only')).toHaveText(/تنتظر|ينتظر/);

  // Recent activity reads as a sentence whose target links to the article.
  const activity = page.getByRole('region', { name: 'آخر العمليات' });
  await expect(activity.getByText(`نشر المقال «${title}»`, { exact: false })).toBeVisible();
  await expect(activity.getByRole('link', { name: title }).first()).toHaveAttribute('href', `/ar/admin/articles/${id}`);
  await expect(activity).not.toContainText('article.publish');
  await expect((await adminNav(page)).getByRole('link', { name: 'الرئيسية' })).toHaveAttribute('aria-current', 'page');
});

test('a quick draft lands in the recent drafts; the audit log names what was done', async ({ page }) => {
  const editor = createUser('editor', 'سمير المحرر');
  await signIn(page, editor);
  const title = `فكرة سريعة ${randomBytes(3).toString('hex')}`;
  const form = page.getByRole('region', { name: 'مسودة سريعة' });
  await form.getByLabel('العنوان').fill(title);
  await form.getByLabel('القسم').selectOption({ label: 'سياسة' });
  await form.getByLabel('الفكرة').fill('السطر الأول\n\nالسطر الثاني');
  await form.getByRole('button', { name: 'حفظ المسودة' }).click();
  await expect(page).toHaveURL(/\/ar\/admin\?drafted=\d+$/);
  const drafts = page.getByRole('region', { name: 'آخر المسودات' });
  await expect(drafts.getByRole('link', { name: title })).toBeVisible();
  const id = Number(/drafted=(\d+)/.exec(page.url())![1]);
  const body = await withDb((db) => db.article.findUniqueOrThrow({ where: { id }, select: { body: true, status: true } }));
  expect(body).toEqual({ body: '<p>السطر الأول</p>\n<p>السطر الثاني</p>', status: 'draft' });

  await page.goto('/ar/admin/audit');
  const row = page.getByRole('row').filter({ hasText: `إنشاء مسودة المقال «${title}»` });
  await expect(row).toBeVisible();
  await expect(row.getByRole('link', { name: title })).toHaveAttribute('href', `/ar/admin/articles/${id}`);
  await expect(page.locator('main')).not.toContainText(/article\.create|article #/);
  await expect((await adminNav(page)).getByRole('link', { name: 'سجل العمليات' })).toHaveAttribute('aria-current', 'page');
});

test('dashboard, sections and audit log pass axe in Arabic and French', async ({ page }) => {
  test.setTimeout(240_000);
  const editor = createUser('editor', 'ليلى المحررة');
  await signIn(page, editor);
  for (const path of ['/ar/admin', '/fr/admin', '/ar/admin/sections', '/fr/admin/tags', '/ar/admin/audit', '/fr/admin/audit']) {
    await page.goto(path);
    await expectNoSeriousA11yViolations(page);
  }
  // Sections are a list; a section's form opens in a dialog.
  await page.goto('/ar/admin/sections');
  await expect(page.getByRole('textbox', { name: 'الاسم' })).toHaveCount(0);
  await page.getByRole('button', { name: /^تعديل سياسة/ }).click();
  const dialog = page.getByRole('dialog', { name: 'تعديل «سياسة»' });
  await expect(dialog.getByRole('textbox', { name: 'الاسم' })).toHaveValue('سياسة');
  await expect(page.getByRole('cell', { name: 'العربية' }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('the sign-in page names the site, links back to it and keeps the e-mail after a failure', async ({ page }) => {
  const editor = createUser('editor');
  await page.goto('/ar/admin/login');
  await expect(page.getByRole('link', { name: 'مداد', exact: true })).toHaveAttribute('href', '/ar');
  await expect(page.getByRole('link', { name: 'العودة إلى موقع مداد' })).toHaveAttribute('href', '/ar');
  await page.getByLabel('البريد الإلكتروني').fill(editor.email);
  await page.getByLabel('كلمة المرور').fill('ليست كلمة المرور');
  await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
  // Next's route announcer is an (empty) alert too: the form's own is the one with the message.
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveText('البريد الإلكتروني أو كلمة المرور غير صحيحة.');
  await expect(page.getByLabel('البريد الإلكتروني')).toHaveValue(editor.email);
  await expect(page.getByLabel('كلمة المرور')).toHaveValue('');
});
