import type { Locale } from '@/i18n/routing';
import { isDatabaseUnavailable } from '@/lib/db/errors';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { requestLocale } from './request-locale';

const MESSAGES = { ar, fr, en } as const;
const RETRY_AFTER_SECONDS = 5;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** 503 with Retry-After, as JSON for scripts and the in-page form, or a short page for a plain form. */
export function unavailableResponse(locale: Locale, json: boolean): Response {
  const { retry, title } = MESSAGES[locale].Unavailable;
  const headers = { 'Cache-Control': 'no-store', 'Retry-After': String(RETRY_AFTER_SECONDS) };
  if (json) return Response.json({ ok: false, error: 'unavailable', message: retry }, { status: 503, headers });
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  const html = `<!doctype html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8"><meta name="robots" content="noindex">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body style="font-family:sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem"><main><h1>${escapeHtml(title)}</h1><p role="alert">${escapeHtml(retry)}</p></main></body></html>`;
  return new Response(html, { status: 503, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } });
}

/**
 * Runs a write handler; when the database cannot take the write now (restart, lost connection,
 * write lock held too long, full disk) the client gets a retryable, localized 503 instead of an
 * empty 500. Retrying with the same idempotency key is safe: a write that did land is not stored twice.
 */
export async function answerUnavailableWith503(request: Request, handle: () => Promise<Response>): Promise<Response> {
  try {
    return await handle();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    console.warn(`database unavailable for ${request.method} ${new URL(request.url).pathname}:`, error instanceof Error ? error.message.split('\n').pop() : error);
    return unavailableResponse(requestLocale(request), (request.headers.get('accept') ?? '').includes('application/json'));
  }
}
