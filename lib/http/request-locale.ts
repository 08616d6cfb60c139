import { parseCookie } from 'cookie';
import { hasLocale } from 'next-intl';
import { routing, type Locale } from '@/i18n/routing';

const isLocale = (value: string | null | undefined): value is Locale => hasLocale(routing.locales, value);

/**
 * The reader's language for an API answer: `?locale=`, then the locale cookie next-intl sets,
 * then Accept-Language, then Arabic.
 */
export function requestLocale(request: Request): Locale {
  const fromQuery = new URL(request.url).searchParams.get('locale');
  if (isLocale(fromQuery)) return fromQuery;
  const fromCookie = parseCookie(request.headers.get('cookie') ?? '').NEXT_LOCALE;
  if (isLocale(fromCookie)) return fromCookie;
  for (const part of (request.headers.get('accept-language') ?? '').split(',')) {
    const language = part.trim().slice(0, 2).toLowerCase();
    if (isLocale(language)) return language;
  }
  return routing.defaultLocale;
}
