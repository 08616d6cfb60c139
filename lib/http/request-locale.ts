import { parseCookie } from 'cookie';
import Negotiator from 'negotiator';
import { hasLocale } from 'next-intl';
import { routing, type Locale } from '@/i18n/routing';

// How a request outside a rendered page (an API answer, a refusal of the custom server) finds
// its language. Pages take theirs from the URL, through next-intl's routing.

const isLocale = (value: string | null | undefined): value is Locale => hasLocale(routing.locales, value);

/**
 * The edition an Accept-Language header prefers, by its q-weights (`en;q=0.2, fr` is French,
 * `fr-CA` is French), through the negotiator next-intl uses; Arabic when none of ours is asked for.
 */
export function acceptedLocale(header: string | null | undefined): Locale {
  const [preferred] = new Negotiator({ headers: { 'accept-language': header ?? undefined } }).languages([...routing.locales]);
  return isLocale(preferred) ? preferred : routing.defaultLocale;
}

/** The edition a form field or query parameter names; Arabic for anything else. */
export function fieldLocale(value: unknown): Locale {
  return typeof value === 'string' && isLocale(value) ? value : routing.defaultLocale;
}

/** The edition a path names by its first segment (`/fr/…`); Arabic for any other path. */
export function pathLocale(pathname: string): Locale {
  const first = pathname.split('/')[1];
  return isLocale(first) ? first : routing.defaultLocale;
}

/**
 * The reader's language for an API answer: `?locale=`, then the locale cookie next-intl sets,
 * then Accept-Language, then Arabic.
 */
export function requestLocale(request: Request): Locale {
  const fromQuery = new URL(request.url).searchParams.get('locale');
  if (isLocale(fromQuery)) return fromQuery;
  const fromCookie = parseCookie(request.headers.get('cookie') ?? '').NEXT_LOCALE;
  if (isLocale(fromCookie)) return fromCookie;
  return acceptedLocale(request.headers.get('accept-language'));
}
