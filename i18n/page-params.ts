import 'server-only';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { routing, type Locale } from './routing';

/**
 * A page's or layout's route parameters with the edition checked (an unknown one is a 404) and
 * set for next-intl's server helpers, which then render the page statically without reading headers.
 */
export async function pageParams<Params extends { locale: string }>(params: Promise<Params>): Promise<Params & { locale: Locale }> {
  const resolved = await params;
  if (!hasLocale(routing.locales, resolved.locale)) notFound();
  setRequestLocale(resolved.locale);
  return { ...resolved, locale: resolved.locale };
}
