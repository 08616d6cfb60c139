import { expect, test } from '@playwright/test';
import { newAddress } from './helpers/comments';
import { createUser, signIn } from './helpers/users';

test.describe('newsroom sign-in', () => {
  test('a user made with user:create signs in and out', async ({ page }) => {
    const editor = createUser('editor', 'سعاد المحررة');
    await signIn(page, editor);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('مرحبا سعاد المحررة');
    await page.getByRole('button', { name: 'تسجيل الخروج' }).click();
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

  test('the 6th wrong password for an account answers 429 with Retry-After', async ({ request, baseURL }) => {
    const user = createUser('author');
    const address = newAddress();
    const attempt = () =>
      request.post('/api/auth/sign-in', {
        form: { email: user.email, password: 'not-the-password', locale: 'ar' },
        // An address of its own, so these failures count against no other flow's sign-ins.
        headers: { origin: baseURL!, 'x-forwarded-for': address },
        maxRedirects: 0,
      });
    for (let i = 0; i < 5; i += 1) expect((await attempt()).status()).toBe(303);
    const sixth = await attempt();
    expect(sixth.status()).toBe(429);
    expect(Number(sixth.headers()['retry-after'])).toBeGreaterThan(0);
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
