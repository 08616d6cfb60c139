import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { FeedScope } from '@/lib/urls';
import { getSiteLabels } from './labels';
import { pageMetadata } from './metadata';

type ListingInput = {
  locale: Locale;
  /** The first page's path; page n lives at `${basePath}/${n}`. */
  basePath: string;
  page: number;
  title: string;
  description: string;
  languages?: Record<string, string>;
  feed?: { scope: FeedScope; title: string };
};

/** Section, author and tag pages: each page number gets its own title, description and canonical. */
export async function listingMetadata(input: ListingInput): Promise<Metadata> {
  const [labels, tListing, tSeo] = await Promise.all([
    getSiteLabels(input.locale),
    getTranslations({ locale: input.locale, namespace: 'Listing' }),
    getTranslations({ locale: input.locale, namespace: 'Seo' }),
  ]);
  const first = input.page <= 1;
  const suffix = (path: string) => (first ? path : `${path}/${input.page}`);
  return pageMetadata({
    locale: input.locale,
    path: suffix(input.basePath),
    title: first ? input.title : tListing('pageTitle', { title: input.title, page: input.page }),
    description: first ? input.description : tSeo('pageDescription', { description: input.description, page: input.page }),
    siteName: labels.siteName,
    feedTitle: labels.feedTitle,
    languages: input.languages
      ? Object.fromEntries(Object.entries(input.languages).map(([locale, path]) => [locale, suffix(path)]))
      : undefined,
    feedScope: input.feed,
  });
}
