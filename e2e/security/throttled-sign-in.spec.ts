import { expect, test } from '@playwright/test';
import { newAddress } from '../helpers/comments';
import { createUser } from '../helpers/users';

// #11.6: a throttled sign-in is a page in the reader's language, still 429 with Retry-After.

test.describe('throttled sign-in', () => {
  test('the 6th wrong password answers 429, Retry-After and an Arabic page saying how long to wait', async ({ request, baseURL }) => {
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
    expect(sixth.headers()['content-type']).toContain('text/html');
    expect(await sixth.text()).toContain('أعد المحاولة بعد');
  });

  test('in the browser, the 6th wrong password shows the Arabic throttling page', async ({ browser }, testInfo) => {
    const user = createUser('author');
    // A reader of its own address, so these failures count against no other flow's sign-ins.
    const context = await browser.newContext({ viewport: testInfo.project.use.viewport, extraHTTPHeaders: { 'x-forwarded-for': newAddress() } });
    const page = await context.newPage();
    for (let i = 0; i < 6; i += 1) {
      await page.goto('/ar/admin/login');
      await page.getByLabel('البريد الإلكتروني').fill(user.email);
      await page.getByLabel('كلمة المرور').fill(`wrong-password-${i}`);
      await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
      if (i < 5) await expect(page.locator('#login-error')).toHaveText('البريد الإلكتروني أو كلمة المرور غير صحيحة.');
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('محاولات دخول كثيرة');
    await expect(page.getByRole('alert')).toContainText('أعد المحاولة بعد دقيقة واحدة');
    await page.getByRole('link', { name: 'العودة إلى صفحة الدخول' }).click();
    await expect(page).toHaveURL(/\/ar\/admin\/login$/);
    await context.close();
  });
});
