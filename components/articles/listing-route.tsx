import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { getListing, getListingPage } from '@/lib/listings/queries';
import type { ListingKind, ListingParams } from '@/lib/listings/types';
import { listingMetadata } from '@/lib/seo/listing';
import { ListingPage } from './listing-page';

type Props = { params: Promise<ListingParams> };

/**
 * The section, tag and author pages are one page with three kinds of owner: each route file
 * exports what this returns. An unknown or malformed slug, or a page past the last, is a 404.
 */
export function listingRoute(kind: ListingKind) {
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const listing = await getListing(kind, await params);
    return listing ? listingMetadata(listing) : {};
  }

  async function Page({ params }: Props) {
    const listing = await getListingPage(kind, await params);
    if (!listing) notFound();
    setRequestLocale(listing.locale);
    return <ListingPage listing={listing} />;
  }

  // No page is built ahead: each is rendered on its first request, then cached.
  function generateStaticParams(): ListingParams[] {
    return [];
  }

  return { generateMetadata, generateStaticParams, Page };
}
