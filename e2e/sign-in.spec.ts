import { expect, test } from '@playwright/test';
import { adminNav, createUser, signIn } from './helpers/users';

test.describe('newsroom sign-in', () => {
  test('a user made with user:create signs in and out', async ({ page }) => {
    const editor = createUser('editor', 'سعاد المحررة');
    await signIn(page, editor);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('مرحبا سعاد المحررة');
    await (await adminNav(page)).getByRole('button', { name: 'تسجيل الخروج' }).click();
    await expect(page).toHaveURL(/\/ar\/admin\/login$/);
    await page.goto('/ar/admin');
    await expect(page).toHaveURL(/\/ar\/admin\/login$/);
  });

  test('the admin area sends an anonymous reader to sign in', async ({ page }) => {
    await page.goto('/ar/admin');
    await expect(page).toHaveURL(/\/ar\/admin\/login$/);
    await expect(page.getByRole('heading', { name: 'دخول هيئة التحرير' })).toBeVisible();
  });

  test('a wrong password shows one clear Arabic message, the same as an unknown e-mail', async ({ page }) => {
    const user = createUser('author');
    await page.goto('/ar/admin/login');
    await page.getByLabel('البريد الإلكتروني').fill(user.email);
    await page.getByLabel('كلمة المرور').fill('wrong-password-1');
    await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
    await expect(page.locator('#login-error')).toHaveText('البريد الإلكتروني أو كلمة المرور غير صحيحة.');
    await page.getByLabel('البريد الإلكتروني').fill('nobody@example.test');
    await page.getByLabel('كلمة المرور').fill('wrong-password-1');
    await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
    await expect(page.locator('#login-error')).toHaveText('البريد الإلكتروني أو كلمة المرور غير صحيحة.');
  });

  test('a cross-site or null Origin signs nobody in', async ({ request }) => {
    const user = createUser('editor');
    for (const origin of ['https://evil.example', 'null']) {
      const response = await request.post('/api/auth/sign-in', {
        form: { email: user.email, password: user.password, locale: 'ar' },
        headers: { origin },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(403);
      expect(response.headers()['set-cookie'] ?? '').not.toContain('midad_session');
    }
  });
});
