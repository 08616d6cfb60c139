import { parseCookie } from 'cookie';
import { NextResponse } from 'next/server';
import { destroySession, SESSION_COOKIE } from '@/lib/auth/session';
import { fieldLocale } from '@/lib/http/request-locale';
import { isSameOrigin } from '@/lib/security/origin';
import { pathTo } from '@/lib/url-paths';

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return new NextResponse(null, { status: 403 });
  const token = parseCookie(request.headers.get('cookie') ?? '')[SESSION_COOKIE];
  await destroySession(token);
  const form = await request.formData().catch(() => null);
  const locale = fieldLocale(form?.get('locale'));
  const response = new NextResponse(null, { status: 303, headers: { Location: pathTo('/admin/login', { locale }) } });
  response.cookies.set({ name: SESSION_COOKIE, value: '', path: '/', secure: true, httpOnly: true, maxAge: 0 });
  return response;
}
