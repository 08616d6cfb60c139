import { parseCookie } from 'cookie';
import { NextResponse } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { signInSchema } from '@/lib/auth/schema';
import { DEVICE_COOKIE, deviceCookie } from '@/lib/auth/device';
import { sessionCookie } from '@/lib/auth/session';
import { signIn } from '@/lib/auth/sign-in';
import { signInEmailCookie } from '@/lib/auth/sign-in-email';
import { announcedTooLarge, readCappedForm } from '@/lib/http/capped-body';
import { messagePage } from '@/lib/http/message-page';
import { fieldLocale, requestLocale } from '@/lib/http/request-locale';
import { clientAddress } from '@/lib/security/client-address';
import { isSameOrigin } from '@/lib/security/origin';
import { pathTo } from '@/lib/url-paths';

// An e-mail, a password of at most 1,024 characters and a locale, percent-encoded.
const MAX_SIGN_IN_BODY_BYTES = 16 * 1024;

// A route handler rather than a Server Action so a throttled attempt can answer 429 with
// Retry-After. The form posts here directly and works without JavaScript (303 back to a page).
export async function POST(request: Request) {
  // Origin and size are judged before a byte of the body is read.
  const early = !isSameOrigin(request) ? 'origin' : announcedTooLarge(request.headers, MAX_SIGN_IN_BODY_BYTES) ? 'tooLarge' : null;
  const read = early ?? (await readCappedForm(request, MAX_SIGN_IN_BODY_BYTES));
  const form = typeof read === 'string' ? null : read;
  const locale = form ? fieldLocale(form.get('locale')) : requestLocale(request);
  const back = (error: string, status = 303) => {
    const response = new NextResponse(null, { status, headers: { Location: `${pathTo('/admin/login', { locale })}?error=${error}` } });
    const email = form?.get('email');
    if (typeof email === 'string' && email.trim()) response.cookies.set(signInEmailCookie(locale, email.trim()));
    return response;
  };

  if (read === 'origin') return back('origin', 403);
  if (read === 'tooLarge') {
    const t = await getTranslations({ locale, namespace: 'Auth' });
    const link = { href: pathTo('/admin/login', { locale }), label: t('backToSignIn') };
    return messagePage({ locale, status: 413, title: t('title'), message: t('errors.tooLarge'), link });
  }
  const parsed = signInSchema.safeParse({
    email: form?.get('email'),
    password: form?.get('password'),
  });
  if (!parsed.success) return back('invalid');

  const device = parseCookie(request.headers.get('cookie') ?? '')[DEVICE_COOKIE];
  const result = await signIn(parsed.data.email, parsed.data.password, clientAddress(request.headers), new Date(), device);
  if (!result.ok && result.reason === 'throttled') {
    // A redirect cannot carry 429: the browser gets a page saying how long to wait.
    const t = await getTranslations({ locale, namespace: 'Auth' });
    const minutes = Math.max(1, Math.ceil(result.retryAfterSeconds / 60));
    return messagePage({
      locale,
      status: 429,
      title: t('throttledTitle'),
      message: t('throttledWait', { minutes }),
      link: { href: pathTo('/admin/login', { locale }), label: t('backToSignIn') },
      headers: { 'Retry-After': String(result.retryAfterSeconds) },
    });
  }
  if (!result.ok) return back('invalid');

  const response = new NextResponse(null, { status: 303, headers: { Location: pathTo('/admin', { locale }) } });
  response.cookies.set(sessionCookie(result.token, result.expiresAt));
  response.cookies.set(deviceCookie(result.deviceToken));
  return response;
}
