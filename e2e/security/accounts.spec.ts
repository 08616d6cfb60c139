import { expect, test, type Browser } from '@playwright/test';
import { adminNav, createUser, signIn, type TestUser } from '../helpers/users';

// Point 9: accounts. Each flow through the Arabic screens; the token rules themselves are
// checked against the database in lib/users/passwords.test.ts.
test.describe('accounts', () => {
  test.describe.configure({ timeout: 150_000 });

  async function signedInPage(browser: Browser, user: TestUser) {
    const page = await browser.newPage();
    await signIn(page, user);
    return page;
  }

  test('a user changes their password; their other session ends and only the new password works', async ({ page, browser }) => {
    const user = createUser('author', 'كاتبة تغيّر كلمتها');
    const elsewhere = await signedInPage(browser, user);
    await signIn(page, user);
    await (await adminNav(page)).getByRole('link', { name: 'حسابي' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('حسابي');

    await page.getByLabel('كلمة المرور الحالية').fill('not-the-current-one');
    await page.getByLabel('كلمة المرور الجديدة', { exact: true }).fill('a-brand-new-passphrase');
    await page.getByLabel('أعد كتابة كلمة المرور الجديدة').fill('a-brand-new-passphrase');
    await page.getByRole('button', { name: 'تغيير كلمة المرور' }).click();
    await expect(page.locator('#current-password-error')).toHaveText('كلمة المرور الحالية غير صحيحة.');
    await expect(page.getByLabel('كلمة المرور الحالية')).toHaveAttribute('aria-invalid', 'true');

    await page.getByLabel('كلمة المرور الحالية').fill(user.password);
    await page.getByLabel('كلمة المرور الجديدة', { exact: true }).fill('a-brand-new-passphrase');
    await page.getByLabel('أعد كتابة كلمة المرور الجديدة').fill('another-passphrase');
    await page.getByRole('button', { name: 'تغيير كلمة المرور' }).click();
    await expect(page.locator('#confirm-password-error')).toHaveText('كلمتا المرور غير متطابقتين.');

    await page.getByLabel('كلمة المرور الحالية').fill(user.password);
    await page.getByLabel('كلمة المرور الجديدة', { exact: true }).fill('a-brand-new-passphrase');
    await page.getByLabel('أعد كتابة كلمة المرور الجديدة').fill('a-brand-new-passphrase');
    await page.getByRole('button', { name: 'تغيير كلمة المرور' }).click();
    await expect(page.getByRole('status')).toHaveText('غُيّرت كلمة المرور، وأُنهيت جلساتك الأخرى على الأجهزة الأخرى.');

    // This session goes on; the other one is over.
    await page.goto('/ar/admin');
    await expect(page).toHaveURL(/\/ar\/admin$/);
    await elsewhere.goto('/ar/admin');
    await expect(elsewhere).toHaveURL(/\/ar\/admin\/login$/);
    await elsewhere.getByLabel('البريد الإلكتروني').fill(user.email);
    await elsewhere.getByLabel('كلمة المرور').fill(user.password);
    await elsewhere.getByRole('button', { name: 'تسجيل الدخول' }).click();
    await expect(elsewhere.locator('main').getByRole('alert')).toHaveText('البريد الإلكتروني أو كلمة المرور غير صحيحة.');
    await signIn(elsewhere, { ...user, password: 'a-brand-new-passphrase' });
  });

  test('an admin makes a reset link; its holder chooses a new password once', async ({ page, browser }) => {
    const admin = createUser('admin', 'مديرة');
    const user = createUser('editor', 'محرر نسي كلمته');
    const before = await signedInPage(browser, user);
    await signIn(page, admin);
    await page.goto('/ar/admin/users');
    const row = page.locator(`tr[data-user-email="${user.email}"]`);
    await row.getByRole('button', { name: 'رابط لتغيير كلمة المرور' }).click();
    const link = await row.getByLabel('رابط تغيير كلمة المرور').inputValue();
    expect(link).toMatch(/\/ar\/admin\/reset\/[A-Za-z0-9_-]{43}$/);
    await expect(row.getByText('أُنشئ رابط تغيير كلمة المرور')).toBeVisible();

    const holder = await browser.newPage();
    await holder.goto(new URL(link).pathname);
    await expect(holder.getByRole('heading', { level: 1 })).toHaveText('اختيار كلمة مرور جديدة');
    await expect(holder.getByText('محرر نسي كلمته')).toBeVisible();
    await holder.getByLabel('كلمة المرور الجديدة', { exact: true }).fill('short');
    await holder.getByLabel('أعد كتابة كلمة المرور').fill('short');
    await holder.getByRole('button', { name: 'حفظ كلمة المرور' }).click();
    await expect(holder.locator('#reset-password-error')).toHaveText('كلمة المرور قصيرة: 8 أحرف على الأقل.');
    await holder.getByLabel('كلمة المرور الجديدة', { exact: true }).fill('a-reset-passphrase-2026');
    await holder.getByLabel('أعد كتابة كلمة المرور').fill('a-reset-passphrase-2026');
    await holder.getByRole('button', { name: 'حفظ كلمة المرور' }).click();
    await expect(holder).toHaveURL(/\/ar\/admin\/login\?reset=1$/);
    await expect(holder.getByRole('status')).toHaveText('حُفظت كلمة المرور الجديدة. سجّل الدخول الآن.');
    await signIn(holder, { ...user, password: 'a-reset-passphrase-2026' });

    // The session opened with the old password is over, and the link works once.
    await before.goto('/ar/admin');
    await expect(before).toHaveURL(/\/ar\/admin\/login$/);
    await holder.goto(new URL(link).pathname);
    await expect(holder.locator('main').getByRole('alert')).toHaveText('رابط تغيير كلمة المرور لم يعد صالحا: منتهٍ أو استُعمل من قبل. اطلب رابطا جديدا من المدير.');
  });

  test('a revoked invitation link says it is no longer valid', async ({ page }) => {
    await signIn(page, createUser('admin'));
    await page.goto('/ar/admin/users');
    const email = `revoked-${Date.now()}@example.test`;
    const form = page.locator('form', { has: page.getByRole('button', { name: 'إنشاء رابط الدعوة' }) });
    await form.getByLabel('الاسم').fill('مدعوّ سيُلغى');
    await form.getByLabel('البريد الإلكتروني').fill(email);
    await form.getByRole('button', { name: 'إنشاء رابط الدعوة' }).click();
    const link = await form.getByLabel('رابط الدعوة').inputValue();
    const pending = page.locator(`li[data-invite-email="${email}"]`);
    await pending.getByRole('button', { name: 'إلغاء الدعوة' }).click();
    await expect(pending).toHaveCount(0);
    await page.goto(new URL(link).pathname);
    await expect(page.locator('main').getByRole('alert')).toHaveText('رابط الدعوة غير صالح أو منتهٍ أو استُعمل من قبل. اطلب رابطا جديدا من المدير.');
    await expect(page.getByRole('button', { name: 'إنشاء الحساب' })).toHaveCount(0);
  });

  test('the device cookie is a random token that does not show the e-mail', async ({ browser }) => {
    const user = createUser('author');
    const tokens = [];
    for (let i = 0; i < 2; i += 1) {
      const page = await signedInPage(browser, user);
      const device = (await page.context().cookies()).find((cookie) => cookie.name === '__Host-midad_device');
      expect(device?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(device!.value, 'base64url').toString('latin1')).not.toContain(user.email);
      tokens.push(device!.value);
    }
    expect(tokens[0]).not.toBe(tokens[1]);
  });
});
