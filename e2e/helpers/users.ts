import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { expect, type Page } from '@playwright/test';

export type TestUser = { email: string; name: string; role: string; password: string };

/** The database the e2e server uses (scripts/e2e-server.ts picks the same one). */
export const e2eDatabaseUrl = () => process.env.E2E_DATABASE_URL || 'file:./data/e2e.db';

/** Creates a user through the real CLI, password on standard input (in another database when given). */
export function createUser(role: string, name = `مستخدم ${role}`, databaseUrl = e2eDatabaseUrl()): TestUser {
  const user = {
    email: `${role}-${randomBytes(4).toString('hex')}@example.test`,
    name,
    role,
    password: `kalima-sirr-${randomBytes(6).toString('hex')}`,
  };
  execFileSync('npx', ['tsx', 'scripts/user-create.ts', '--email', user.email, '--name', user.name, '--role', role], {
    input: `${user.password}\n`,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return user;
}

/** Signs in through the Arabic sign-in form and waits for the admin dashboard. */
export async function signIn(page: Page, user: TestUser, locale = 'ar') {
  await page.goto(`/${locale}/admin/login`);
  await page.getByLabel(locale === 'ar' ? 'البريد الإلكتروني' : 'Email').fill(user.email);
  await page.getByLabel(locale === 'ar' ? 'كلمة المرور' : 'Password').fill(user.password);
  await page.getByRole('button', { name: locale === 'ar' ? 'تسجيل الدخول' : 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/admin$`));
}

/**
 * The admin navigation, opened when it is folded behind its menu button (below 1024 px): what an
 * editor on a phone does before following a link in it.
 */
export async function adminNav(page: Page) {
  const nav = page.getByRole('navigation', { name: 'قائمة الإدارة' });
  const toggle = nav.getByRole('button', { name: 'القائمة' });
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return nav;
}
