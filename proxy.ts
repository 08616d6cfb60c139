import createMiddleware from 'next-intl/middleware';
import type { NextRequest } from 'next/server';
import { badRequestResponse, isMalformedPath } from './lib/http/bad-request';
import { limitSearch } from './lib/search/rate-limit';
import { routing } from './i18n/routing';

const intl = createMiddleware(routing);

// Locale routing, plus refusing URLs no page could answer (a broken percent-escape in an
// Arabic slug, absurdly long segments) with a localized 400 instead of a server error.
// Access control does not live here: the data layer checks it.
export default async function proxy(request: NextRequest) {
  if (isMalformedPath(request.nextUrl.pathname)) return badRequestResponse(request.nextUrl.pathname);
  const searchLimited = await limitSearch(request);
  if (searchLimited) return searchLimited;
  return intl(request);
}

export const config = {
  // Skip API routes, Next internals, metadata routes and files with an extension.
  matcher: ['/((?!api|_next|_vercel|sitemap|robots|feeds|media|.*\\..*).*)'],
};
