import { describe, expect, it } from 'vitest';
import { acceptedLocale, fieldLocale, pathLocale, requestLocale } from './request-locale';

describe('fieldLocale', () => {
  // A form's hidden field or a query parameter: one of ours, else Arabic (a file part is not a locale).
  it.each([
    ['fr', 'fr'],
    ['en', 'en'],
    ['FR', 'ar'],
    ['de', 'ar'],
    [null, 'ar'],
    [new Blob(['fr']), 'ar'],
  ])('%j → %s', (value, locale) => {
    expect(fieldLocale(value)).toBe(locale);
  });
});

describe('acceptedLocale', () => {
  // Weighed by q-values, not by order; Arabic for no header, refused languages or none of ours.
  it.each([
    ['en;q=0.2, fr', 'fr'],
    ['de-DE, en;q=0.3, fr;q=0.6', 'fr'],
    ['fr-CA,fr;q=0.9', 'fr'],
    ['en-GB;q=0.8, ar-MA;q=0.9', 'ar'],
    [null, 'ar'],
    ['', 'ar'],
    ['de, es;q=0.5', 'ar'],
    ['fr;q=0, en;q=0', 'ar'],
    ['frx, ;;;q=abc', 'ar'],
  ])('%j → %s', (header, locale) => {
    expect(acceptedLocale(header)).toBe(locale);
  });
});

describe('pathLocale', () => {
  it('reads the first segment only when it names an edition', () => {
    const cases = { '/fr/news/x': 'fr', '/en': 'en', '/de/news': 'ar', '/_next/x': 'ar', '': 'ar' };
    for (const [pathname, locale] of Object.entries(cases)) expect(pathLocale(pathname), pathname).toBe(locale);
  });
});

describe('requestLocale', () => {
  it('takes ?locale=, then the cookie, then the weighted header', () => {
    const request = (url: string, headers: Record<string, string>) => new Request(url, { headers });
    expect(requestLocale(request('http://x/api?locale=en', { 'accept-language': 'fr' }))).toBe('en');
    expect(requestLocale(request('http://x/api', { cookie: 'NEXT_LOCALE=fr', 'accept-language': 'en' }))).toBe('fr');
    expect(requestLocale(request('http://x/api', { 'accept-language': 'en;q=0.1, fr;q=0.8' }))).toBe('fr');
  });
});
