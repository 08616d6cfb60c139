import { expect, test } from '@playwright/test';
import { adminNav, createUser, signIn } from './helpers/users';

test.describe('user management', () => {
  // Two people, each created through the CLI and signed in: more than the default minute.
  test.describe.configure({ timeout: 150_000 });
  test('an admin invites an editor, who sets a password with the one-time link and signs in', async ({ page, browser }) => {
    const admin = createUser('admin', 'مديرة التحرير');
    await signIn(page, admin);
    await (await adminNav(page)).getByRole('link', { name: 'المستخدمون' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('المستخدمون');
    const email = `invited-${Date.now()}@example.test`;
    const form = page.locator('form', { has: page.getByRole('button', { name: 'إنشاء رابط الدعوة' }) });
    await form.getByLabel('الاسم').fill('ليلى الصحفية');
    await form.getByLabel('البريد الإلكتروني').fill(email);
    await form.getByLabel('الدور').selectOption('editor');
    await form.getByRole('button', { name: 'إنشاء رابط الدعوة' }).click();
    const link = await form.getByLabel('رابط الدعوة').inputValue();
    expect(link).toMatch(/\/ar\/admin\/invite\/[A-Za-z0-9_-]{43}$/);
    await expect(page.getByText(email)).toBeVisible();

    const invitee = await browser.newPage();
    await invitee.goto(new URL(link).pathname);
    await expect(invitee.getByText('ليلى الصحفية')).toBeVisible();
    await invitee.getByLabel('كلمة المرور', { exact: true }).fill('password1');
    await invitee.getByLabel('أعد كتابة كلمة المرور').fill('password1');
    await invitee.getByRole('button', { name: 'إنشاء الحساب' }).click();
    await expect(invitee.locator('#invite-error')).toHaveText('كلمة المرور هذه شائعة جدا؛ اختر أخرى.');
    const password = 'قلم-وحبر-2026-mixed';
    await invitee.getByLabel('كلمة المرور', { exact: true }).fill(password);
    await invitee.getByLabel('أعد كتابة كلمة المرور').fill(password);
    await invitee.getByRole('button', { name: 'إنشاء الحساب' }).click();
    await expect(invitee).toHaveURL(/\/ar\/admin\/login\?invited=1$/);
    await signIn(invitee, { email, password, name: 'ليلى الصحفية', role: 'editor' });
    await expect(invitee.getByText('متصل باسم ليلى الصحفية · محرر')).toBeVisible();
    // The link works once.
    await invitee.goto(new URL(link).pathname);
    await expect(invitee.getByText('رابط الدعوة غير صالح')).toBeVisible();
  });

  test('disabling a user ends their open session at once', async ({ page, browser }) => {
    const admin = createUser('admin');
    const author = createUser('author', 'كاتب سيعطل');
    const authorPage = await browser.newPage();
    await signIn(authorPage, author);
    await signIn(page, admin);
    await page.goto('/ar/admin/users');
    const row = page.locator(`tr[data-user-email="${author.email}"]`);
    await row.getByRole('button', { name: 'تعطيل وإنهاء الجلسات' }).click();
    await expect(row.getByRole('button', { name: 'إعادة التفعيل' })).toBeVisible();
    await authorPage.goto('/ar/admin');
    await expect(authorPage).toHaveURL(/\/ar\/admin\/login$/);
  });

  test('the users page is not there for an editor', async ({ page }) => {
    await signIn(page, createUser('editor'));
    await expect((await adminNav(page)).getByRole('link', { name: 'المستخدمون' })).toHaveCount(0);
    const response = await page.goto('/ar/admin/users');
    expect(response?.status()).toBe(404);
  });
});
