import { NextResponse } from 'next/server';
import { signInSchema } from '@/lib/auth/schema';
import { DEVICE_COOKIE, deviceCookie } from '@/lib/auth/device';
import { sessionCookie } from '@/lib/auth/session';
import { signIn } from '@/lib/auth/sign-in';
import { clientAddress } from '@/lib/security/client-address';
import { isSameOrigin } from '@/lib/security/origin';

// A route handler rather than a Server Action so a throttled attempt can answer 429 with
// Retry-After. The form posts here directly and works without JavaScript (303 back to a page).
export async function POST(request: Request) {
  const form = await request.formData().catch(() => null);
  const locale = signInSchema.shape.locale.parse(form?.get('locale'));
  const back = (error: string, status = 303, headers: Record<string, string> = {}) =>
    new NextResponse(null, {
      status,
      headers: { Location: `/${locale}/admin/login?error=${error}`, ...headers },
    });

  if (!isSameOrigin(request)) return back('origin', 403);
  const parsed = signInSchema.safeParse({
    email: form?.get('email'),
    password: form?.get('password'),
    locale,
  });
  if (!parsed.success) return back('invalid');

  const device = request.headers.get('cookie')?.match(new RegExp(`${DEVICE_COOKIE}=([^;]+)`))?.[1];
  const result = await signIn(parsed.data.email, parsed.data.password, clientAddress(request.headers), new Date(), device);
  if (!result.ok && result.reason === 'throttled') {
    return back('throttled', 429, { 'Retry-After': String(result.retryAfterSeconds) });
  }
  if (!result.ok) return back('invalid');

  const response = new NextResponse(null, { status: 303, headers: { Location: `/${locale}/admin` } });
  response.cookies.set(sessionCookie(result.token, result.expiresAt));
  response.cookies.set(deviceCookie(result.deviceToken));
  return response;
}
