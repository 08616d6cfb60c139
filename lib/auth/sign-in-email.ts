import 'server-only';
import { cookies } from 'next/headers';
import { pathTo } from '@/lib/url-paths';

// After a failed sign-in the form comes back with the e-mail already typed (the password never).
// The address travels in a short-lived cookie scoped to the sign-in page, not in the URL, where it
// would land in history and access logs.

const SIGN_IN_EMAIL_COOKIE = 'midad_sign_in_email';
const SIGN_IN_EMAIL_SECONDS = 300;

export function signInEmailCookie(locale: string, email: string) {
  return {
    name: SIGN_IN_EMAIL_COOKIE,
    value: email.slice(0, 254),
    httpOnly: true,
    sameSite: 'strict' as const,
    path: pathTo('/admin/login', { locale }),
    maxAge: SIGN_IN_EMAIL_SECONDS,
  };
}

/** The e-mail of the last failed attempt in this browser, or ''. */
export async function getRememberedSignInEmail(): Promise<string> {
  return (await cookies()).get(SIGN_IN_EMAIL_COOKIE)?.value ?? '';
}
