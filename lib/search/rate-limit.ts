import 'server-only';
import { env } from '@/env';
import { translatorFor } from '@/i18n/messages';
import { hasLocale } from 'next-intl';
import { routing, type Locale } from '@/i18n/routing';
import { messagePage } from '@/lib/http/message-page';
import { clientAddress } from '@/lib/security/client-address';
import { hit } from '@/lib/security/rate-limit';
import { pathTo } from '@/lib/url-paths';

// Searches cost the database more than any cached page, so each network address gets a budget
// per minute. Checked in the proxy because only there can the answer be a real 429.

const WINDOW_MS = 60_000;
const SEARCH_PATH = /^\/([^/]+)\/search\/?$/;

/** A small self-contained 429 page in the edition's language. */
export function searchLimitedResponse(locale: Locale, retryAfterSeconds: number): Response {
  const t = translatorFor(locale, 'Search');
  return messagePage({
    locale,
    status: 429,
    title: t('limitedTitle'),
    message: t('limitedBody', { seconds: retryAfterSeconds }),
    link: { href: pathTo('/', { locale }), label: t('backHome') },
    headers: { 'retry-after': String(retryAfterSeconds) },
  });
}

/**
 * Counts a search (a request for the search page with a query, not a router prefetch) against
 * its address's budget; returns the 429 to send, or null to let it through.
 */
export async function limitSearch(request: { method: string; headers: Headers; nextUrl: URL }): Promise<Response | null> {
  const locale = SEARCH_PATH.exec(request.nextUrl.pathname)?.[1];
  if (!hasLocale(routing.locales, locale) || !request.nextUrl.searchParams.get('q')?.trim()) return null;
  if (request.headers.has('next-router-prefetch')) return null;
  const result = await hit(`search:${clientAddress(request.headers)}`, env.SEARCH_RATE_LIMIT_PER_MINUTE, WINDOW_MS);
  return result.allowed ? null : searchLimitedResponse(locale, result.retryAfterSeconds);
}
