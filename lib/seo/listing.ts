import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { listingHref } from '@/lib/listings/href';
import type { Listing } from '@/lib/listings/types';
import { pathTo } from '@/lib/url-paths';
import { getSiteLabels } from './labels';
import { pageMetadata } from './metadata';

/** Section, author and tag pages: each page number gets its own title, description and canonical. */
export async function listingMetadata({ kind, locale, page, owner }: Listing): Promise<Metadata> {
  const [labels, tListing, tSeo, tFeeds] = await Promise.all([
    getSiteLabels(locale),
    getTranslations({ locale, namespace: 'Listing' }),
    getTranslations({ locale, namespace: 'Seo' }),
    getTranslations({ locale, namespace: 'Feeds' }),
  ]);
  const site = labels.siteName;
  const title = tListing(`${kind}Title`, { name: owner.name });
  const description = owner.description || tSeo(`${kind}Description`, { name: owner.name, site });
  const first = page <= 1;
  const suffix = (path: string) => (first ? path : `${path}/${page}`);
  return pageMetadata({
    locale,
    path: suffix(pathTo(listingHref(kind, owner.slug), { locale })),
    title: first ? title : tListing('pageTitle', { title, page }),
    description: first ? description : tSeo('pageDescription', { description, page }),
    siteName: site,
    feedTitle: labels.feedTitle,
    // An author's page exists in every edition; a section or tag belongs to one.
    languages:
      kind === 'author'
        ? Object.fromEntries(routing.locales.map((code) => [code, suffix(pathTo(listingHref(kind, owner.slug), { locale: code }))]))
        : undefined,
    // Tags have no feed.
    feedScope:
      kind === 'tag'
        ? undefined
        : { scope: { kind, slug: owner.slug }, title: tFeeds(`${kind}Title`, { site, name: owner.name }) },
  });
}
