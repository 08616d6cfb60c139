import { translatorFor } from '@/i18n/messages';
import { routing, type Locale } from '@/i18n/routing';
import { acceptBeacon } from '@/lib/views/beacon';

// The view beacon: POSTed by the article page once a reader actually sees it.
export async function POST(request: Request) {
  const outcome = await acceptBeacon(request);
  if (!('error' in outcome)) return new Response(null, { status: outcome.status, headers: { 'Cache-Control': 'no-store' } });
  const locale = pickLocale(request.headers.get('accept-language'));
  const t = translatorFor(locale, 'ViewBeacon');
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (outcome.status === 429) headers['Retry-After'] = '60';
  return Response.json({ error: outcome.error, message: t(outcome.error) }, { status: outcome.status, headers });
}

/** Errors read in the reader's language when it is one of ours; Arabic otherwise. */
function pickLocale(header: string | null): Locale {
  const first = header?.split(',')[0]?.trim().slice(0, 2).toLowerCase();
  return routing.locales.find((locale) => locale === first) ?? routing.defaultLocale;
}
