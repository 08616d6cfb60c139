import { randomBytes } from 'node:crypto';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createArticle, withDb } from './helpers/comments';
import { createUser, signIn } from './helpers/users';

/** Each page is no wider than the screen: nothing a finger needs sits past its edge. */
async function expectFits(page: Page, paths: string[]) {
  for (const path of paths) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
}

async function expectTappable(targets: Locator, what: string) {
  const count = await targets.count();
  expect(count, `${what}: none found`).toBeGreaterThan(0);
  for (let index = 0; index < count; index++) {
    const box = (await targets.nth(index).boundingBox())!;
    expect(Math.round(box.height), `${what} #${index} height`).toBeGreaterThanOrEqual(44);
    expect(Math.round(box.width), `${what} #${index} width`).toBeGreaterThanOrEqual(44);
  }
}

// The admin on a 768 px tablet: the navigation folds behind a menu button, tables fit the width.
test.use({ viewport: { width: 768, height: 1024 } });

test('at 768 px the navigation collapses, marks the current page, and tables fit', async ({ page }) => {
  const editor = createUser('editor', 'نادية المحررة');
  await signIn(page, editor);
  const nav = page.getByRole('navigation', { name: 'قائمة الإدارة' });
  const menu = nav.getByRole('button', { name: 'القائمة' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(nav.getByRole('link', { name: 'المقالات' })).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await nav.getByRole('link', { name: 'سجل العمليات' }).click();
  await expect(page).toHaveURL(/\/ar\/admin\/audit$/);
  await menu.click();
  await expect(nav.getByRole('link', { name: 'سجل العمليات' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'الرئيسية' })).not.toHaveAttribute('aria-current', 'page');

  await expectFits(page, ['/ar/admin/audit', '/ar/admin/sections', '/ar/admin/tags', '/ar/admin/authors', '/ar/admin']);
  // Secondary columns (the slug) are left out at this width.
  await page.goto('/ar/admin/sections');
  await expect(page.getByRole('columnheader', { name: 'الرابط المختصر' })).toBeHidden();
  await expect(page.getByRole('columnheader', { name: 'الاسم' })).toBeVisible();
});

test('the article list, the users and the comment queue fit, with buttons a finger can hit', async ({ page }) => {
  const admin = createUser('admin', 'مدير اللوحة');
  createUser('author', 'كاتب بعنوان بريد طويل');
  const article = await createArticle();
  await withDb((db) =>
    db.comment.create({
      data: {
        articleId: article.id, authorName: 'قارئ ينتظر', authorEmail: 'reader@example.ma', body: 'تعليق ينتظر المراجعة',
        status: 'pending', idempotencyKey: `tablet-${randomBytes(6).toString('hex')}`,
      },
    }),
  );
  await signIn(page, admin);
  await expectFits(page, ['/ar/admin/articles', '/ar/admin/users', '/ar/admin/comments']);
  await page.goto('/ar/admin/articles');
  await expect(page.getByRole('columnheader', { name: 'العنوان' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'المشاهدات (يوم / أسبوع / الكل)' })).toBeHidden();

  await page.goto('/ar/admin/users');
  await expect(page.getByRole('columnheader', { name: 'الجلسات المفتوحة' })).toBeHidden();
  await expectTappable(page.getByRole('button', { name: 'تغيير الدور' }), 'change role');
  await expectTappable(page.getByRole('combobox', { name: 'الدور' }), 'role select');
  await expectTappable(page.getByRole('button', { name: 'تعطيل وإنهاء الجلسات' }), 'disable');

  await page.goto(`/ar/admin/comments?status=pending&article=${article.id}`);
  const queued = page.locator('.queue-comment').filter({ hasText: 'تعليق ينتظر المراجعة' });
  await expectTappable(queued.getByRole('button', { name: 'موافقة' }), 'approve');
  await expectTappable(queued.getByText('تعديل', { exact: true }), 'edit');
});

test('authors are a table with an edit dialog, not every profile form open', async ({ page }) => {
  const editor = createUser('editor', 'نادية المحررة');
  await signIn(page, editor);
  await page.goto('/ar/admin/authors');
  await expect(page.getByRole('heading', { level: 1, name: 'الكتّاب' })).toBeVisible();
  const seeded = page.getByRole('row').filter({ hasText: 'ادريس العاشري' });
  await expect(seeded.getByRole('button', { name: 'تعديل ادريس العاشري' })).toBeVisible();
  // No profile's fields show until its dialog opens.
  await expect(page.getByRole('textbox', { name: 'نبذة' })).toHaveCount(0);
  // The account column is secondary: left out at this width.
  await expect(page.getByRole('columnheader', { name: 'حساب مرتبط' })).toBeHidden();

  const slug = `katib-${test.info().project.name}-${Date.now()}`;
  // Its own name: the desktop and phone runs of this test add authors to one database at once.
  const name = `سلمى الكاتبة ${randomBytes(2).readUInt16BE()}`;
  await page.getByRole('button', { name: 'إضافة', exact: true }).click();
  const add = page.getByRole('dialog', { name: 'إضافة' });
  await add.getByRole('textbox', { name: 'الاسم' }).fill(name);
  await add.getByRole('textbox', { name: 'الرابط المختصر' }).fill(slug);
  await add.getByRole('button', { name: 'إضافة' }).click();
  await expect(add.getByRole('status')).toHaveText('تم الحفظ');
  await add.getByRole('button', { name: 'إغلاق' }).click();

  const row = page.getByRole('row').filter({ hasText: name });
  await row.getByRole('button', { name: `تعديل ${name}` }).click();
  const edit = page.getByRole('dialog', { name: `تعديل «${name}»` });
  await expect(edit.getByRole('textbox', { name: 'الرابط المختصر' })).toHaveValue(slug);
  await edit.getByRole('textbox', { name: 'نبذة' }).fill('صحافية تكتب عن المدن.');
  await edit.getByRole('button', { name: 'حفظ' }).click();
  await expect(edit.getByRole('status')).toHaveText('تم الحفظ');

  await page.goto(`/ar/author/${slug}`);
  await expect(page.getByText('صحافية تكتب عن المدن.')).toBeVisible();
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the article editor, the media library and the account page fit the width', async ({ page }) => {
    const editor = createUser('editor', 'نادية المحررة');
    await signIn(page, editor);
    // A fieldset grows to its widest content by default: the editor's toolbar and the authors
    // list once pushed the whole page past the screen, under the buttons a finger needs.
    await expectFits(page, ['/ar/admin/articles/new', '/ar/admin/media', '/ar/admin/account', '/ar/admin/articles']);
    // An article's own page puts the workflow and home-placement panel beside the form.
    const existing = await page.evaluate(() => [...document.querySelectorAll('a')].map((a) => a.pathname).find((path) => /\/admin\/articles\/\d+$/.test(path)));
    expect(existing).toBeTruthy();
    await expectFits(page, [existing!]);
    await page.goto('/ar/admin/articles/new');
    await page.getByRole('button', { name: 'اختيار من مكتبة الوسائط' }).click();
    await expect(page.getByRole('dialog', { name: 'اختيار من مكتبة الوسائط' })).toBeVisible();
  });
});
