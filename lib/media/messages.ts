import type { Locale } from '@/i18n/routing';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { MEDIA_ERROR_STATUS, type MediaErrorCode } from './errors';

const MESSAGES = { ar, fr, en } as const;

/** A refused upload as `{ error }` in the reader's language, with its status. */
export function mediaErrorResponse(code: MediaErrorCode, locale: Locale, headers: Record<string, string> = {}): Response {
  return Response.json(
    { error: MESSAGES[locale].Media[code] },
    { status: MEDIA_ERROR_STATUS[code], headers: { 'Cache-Control': 'no-store', ...headers } },
  );
}
