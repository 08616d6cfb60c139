import { translatorFor } from '@/i18n/messages';
import { registerFastRoute } from '@/lib/http/fast-routes';
import { acceptedLocale } from '@/lib/http/request-locale';
import { acceptBeacon } from '@/lib/views/beacon';

// The view beacon: POSTed by the article page once a reader actually sees it.
export async function POST(request: Request) {
  const outcome = await acceptBeacon(request);
  if (!('error' in outcome)) return new Response(null, { status: outcome.status, headers: { 'Cache-Control': 'no-store' } });
  const locale = acceptedLocale(request.headers.get('accept-language'));
  const t = translatorFor(locale, 'ViewBeacon');
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (outcome.status === 429) headers['Retry-After'] = '60';
  return Response.json({ error: outcome.error, message: t(outcome.error) }, { status: outcome.status, headers });
}

// Every article view sends one: the server answers later ones without Next's pipeline.
registerFastRoute('POST', '/api/views', POST);
