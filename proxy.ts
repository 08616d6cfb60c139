import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { badRequestResponse, isMalformedPath } from './lib/http/bad-request';
import { limitSearch } from './lib/search/rate-limit';
import { adminCsp, isAdminPath, newNonce } from './lib/http/security-headers';
import { routing } from './i18n/routing';

const intl = createMiddleware(routing);

// Locale routing, plus refusing URLs no page could answer (a broken percent-escape in an
// Arabic slug, absurdly long segments) with a localized 400 instead of a server error.
// Access control does not live here: the data layer checks it.
export default async function proxy(request: NextRequest) {
  if (isMalformedPath(request.nextUrl.pathname)) return badRequestResponse(request.nextUrl.pathname);
  const searchLimited = await limitSearch(request);
  if (searchLimited) return searchLimited;
  if (!isAdminPath(request.nextUrl.pathname)) return intl(request);
  return withNonce(request, intl(request));
}

/**
 * The admin is rendered per request: Next reads the nonce from the request's policy header and
 * puts it on its scripts, and the browser gets the same policy. The request header is passed on
 * the way NextResponse.next({ request: { headers } }) does it, onto next-intl's response.
 */
function withNonce(request: NextRequest, response: Response): Response {
  const csp = adminCsp(newNonce());
  const headers = new Headers(request.headers);
  // Keep the request headers next-intl already passes on (its locale).
  response.headers.forEach((value, name) => {
    if (name.startsWith('x-middleware-request-')) headers.set(name.slice('x-middleware-request-'.length), value);
  });
  headers.set('content-security-policy', csp);
  const passOn = NextResponse.next({ request: { headers } });
  passOn.headers.forEach((value, name) => {
    if (name.startsWith('x-middleware-')) response.headers.set(name, value);
  });
  response.headers.set('content-security-policy', csp);
  return response;
}

export const config = {
  // Skip API routes, Next internals, metadata routes and files with an extension.
  matcher: ['/((?!api|_next|_vercel|sitemap|robots|feeds|media|.*\\..*).*)'],
};
