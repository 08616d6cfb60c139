import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['ar', 'fr', 'en'],
  defaultLocale: 'ar',
  // Every URL carries its edition, so a cached page never depends on a cookie or header.
  localePrefix: 'always',
  localeDetection: false,
  // No cookie and no Link header: cached responses must not carry per-visitor headers, and
  // hreflang alternates are emitted per page, only where a page exists in another language.
  localeCookie: false,
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];

/** Arabic reads right to left; the others left to right. */
export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/** The BCP 47 tag used for formatting: Moroccan Arabic (Latin digits, months like "فبراير"). */
export function formatLocaleOf(locale: Locale): string {
  return { ar: 'ar-MA', fr: 'fr-MA', en: 'en' }[locale];
}
