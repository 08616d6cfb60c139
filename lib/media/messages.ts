import type { Locale } from '@/i18n/routing';
import { translatorFor } from '@/i18n/messages';
import { MEDIA_ERROR_STATUS, type MediaErrorCode } from './errors';

/** A refused upload as `{ error }` in the reader's language, with its status. */
export function mediaErrorResponse(code: MediaErrorCode, locale: Locale, headers: Record<string, string> = {}): Response {
  return Response.json(
    { error: translatorFor(locale, 'Media')(code) },
    { status: MEDIA_ERROR_STATUS[code], headers: { 'Cache-Control': 'no-store', ...headers } },
  );
}
