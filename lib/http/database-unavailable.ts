import type { Locale } from '@/i18n/routing';
import { isDatabaseUnavailable, loggableFailure } from '@/lib/db/errors';
import { translatorFor } from '@/i18n/messages';
import { messagePage } from './message-page';
import { requestLocale } from './request-locale';

const RETRY_AFTER_SECONDS = 5;

/** 503 with Retry-After, as JSON for scripts and the in-page form, or a short page for a plain form. */
export function unavailableResponse(locale: Locale, json: boolean): Response {
  const t = translatorFor(locale, 'Unavailable');
  const headers = { 'Cache-Control': 'no-store', 'Retry-After': String(RETRY_AFTER_SECONDS) };
  if (json) return Response.json({ ok: false, error: 'unavailable', message: t('retry') }, { status: 503, headers });
  return messagePage({ locale, status: 503, title: t('title'), message: t('retry'), headers });
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
    console.warn(`database unavailable for ${request.method} ${new URL(request.url).pathname}:`, loggableFailure(error));
    return unavailableResponse(requestLocale(request), (request.headers.get('accept') ?? '').includes('application/json'));
  }
}
