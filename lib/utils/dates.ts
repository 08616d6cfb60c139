import { formatLocaleOf, type Locale } from '@/i18n/routing';

export const SITE_TIME_ZONE = 'Africa/Casablanca';

/** "22 فبراير 2023" in Arabic (ar-MA: Latin digits), "22 février 2023" in French. */
export function formatDate(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(formatLocaleOf(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: SITE_TIME_ZONE,
  }).format(new Date(iso));
}

export function formatDateTime(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(formatLocaleOf(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: SITE_TIME_ZONE,
  }).format(new Date(iso));
}

/**
 * When a story came out, for the home page's latest list: the time of day ("14:05") when it is
 * from today in Casablanca, else the day and the time.
 */
export function formatTimeOfDay(locale: Locale, iso: string, now: Date = new Date()): string {
  const day = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: SITE_TIME_ZONE }).format(date);
  const today = day(new Date(iso)) === day(now);
  return new Intl.DateTimeFormat(formatLocaleOf(locale), {
    ...(today ? {} : { day: 'numeric', month: 'long' }),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: SITE_TIME_ZONE,
  }).format(new Date(iso));
}

export type RelativeUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';

/** The largest whole unit between a past date and now, for "منذ 3 ساعات". */
export function relativeParts(iso: string, now: number = Date.now()): { unit: RelativeUnit; count: number } {
  const minutes = Math.max(0, Math.floor((now - new Date(iso).getTime()) / 60_000));
  if (minutes < 60) return { unit: 'minute', count: Math.max(1, minutes) };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { unit: 'hour', count: hours };
  const days = Math.floor(hours / 24);
  if (days < 30) return { unit: 'day', count: days };
  const months = Math.floor(days / 30.44);
  if (months < 12) return { unit: 'month', count: Math.max(1, months) };
  return { unit: 'year', count: Math.floor(days / 365.25) };
}

/** The time a server render happens; cached pages keep it, so clients refresh relative wording. */
export function renderTime(): number {
  return Date.now();
}

/**
 * Today in the site's time zone, in the Gregorian and the Hijri calendar, for the header. The Hijri
 * date is Intl's arithmetic islamic calendar: it can differ by a day from Morocco's sighted month.
 */
export function formatToday(locale: Locale, now: Date = new Date()): { iso: string; gregorian: string; hijri: string } {
  const base = formatLocaleOf(locale);
  const options = { day: 'numeric', month: 'long', year: 'numeric', timeZone: SITE_TIME_ZONE } as const;
  return {
    // en-CA writes dates as YYYY-MM-DD, the form <time dateTime> takes.
    iso: new Intl.DateTimeFormat('en-CA', { timeZone: SITE_TIME_ZONE }).format(now),
    gregorian: new Intl.DateTimeFormat(base, { weekday: 'long', ...options }).format(now),
    hijri: new Intl.DateTimeFormat(base, { ...options, calendar: 'islamic' }).format(now),
  };
}
