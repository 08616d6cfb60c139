import 'server-only';
import { env } from '@/env';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { clientAddress } from '@/lib/security/client-address';
import { hit } from '@/lib/security/rate-limit';

// Searches cost the database more than any cached page, so each network address gets a budget
// per minute. Checked in the proxy because only there can the answer be a real 429.

const MESSAGES = { ar, fr, en } as const;
const WINDOW_MS = 60_000;
const SEARCH_PATH = /^\/(ar|fr|en)\/search\/?$/;

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A small self-contained 429 page in the edition's language. */
export function searchLimitedResponse(locale: keyof typeof MESSAGES, retryAfterSeconds: number): Response {
  const { Search } = MESSAGES[locale];
  const body = Search.limitedBody.replace('{seconds}', String(retryAfterSeconds));
  const html = `<!doctype html><html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">
<title>${escape(Search.limitedTitle)}</title></head><body style="font-family:sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;text-align:center">
<main><h1>${escape(Search.limitedTitle)}</h1><p>${escape(body)}</p>
<p><a href="/${locale}">${escape(Search.backHome)}</a></p></main></body></html>`;
  return new Response(html, {
    status: 429,
    headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': String(retryAfterSeconds), 'cache-control': 'no-store' },
  });
}

/**
 * Counts a search (a request for the search page with a query, not a router prefetch) against
 * its address's budget; returns the 429 to send, or null to let it through.
 */
export async function limitSearch(request: { method: string; headers: Headers; nextUrl: URL }): Promise<Response | null> {
  const locale = SEARCH_PATH.exec(request.nextUrl.pathname)?.[1] as keyof typeof MESSAGES | undefined;
  if (!locale || !request.nextUrl.searchParams.get('q')?.trim()) return null;
  if (request.headers.has('next-router-prefetch')) return null;
  const result = await hit(`search:${clientAddress(request.headers)}`, env.SEARCH_RATE_LIMIT_PER_MINUTE, WINDOW_MS);
  return result.allowed ? null : searchLimitedResponse(locale, result.retryAfterSeconds);
}
