import 'server-only';
import { cache } from 'react';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { listAuthorArticles, listSectionArticles, listTagArticles } from '@/lib/articles/queries';
import { parsePageSegment, parseSlug } from '@/lib/url-params';
import { getAuthor } from '@/lib/authors/queries';
import { photoSrcSets } from '@/lib/media/photos';
import { getSection } from '@/lib/sections/queries';
import { getTag } from '@/lib/tags/queries';
import type { Listing, ListingKind, ListingWithArticles, ListingParams } from './types';

const owners = {
  section: async (locale: string, slug: string) => {
    const section = await getSection(locale, slug);
    return section && { ...section, photoUrl: null };
  },
  tag: async (locale: string, slug: string) => {
    const tag = await getTag(locale, slug);
    return tag && { ...tag, description: '', photoUrl: null };
  },
  author: async (_locale: string, slug: string) => {
    const author = await getAuthor(slug);
    const photos = await photoSrcSets([author?.photoUrl]);
    return author && { slug: author.slug, name: author.name, description: author.bio, photoUrl: author.photoUrl, photoSrcSets: photos.get(author.photoUrl ?? '') };
  },
};

const articles = { section: listSectionArticles, tag: listTagArticles, author: listAuthorArticles };

// React cache compares its arguments by identity: the page segments travel as one JSON string so
// that generateMetadata and the page share the read.
const getListingBySegments = cache(
  async (kind: ListingKind, locale: string, rawSlug: string, segments: string): Promise<Listing | null> => {
    const slug = parseSlug(rawSlug);
    const page = parsePageSegment(JSON.parse(segments) as string[]);
    if (!hasLocale(routing.locales, locale) || !slug || !page) return null;
    const owner = await owners[kind](locale, slug);
    return owner && { kind, locale, page, owner };
  },
);

/** The section, tag or author a listing URL names, and its page number; null (a 404) when either is malformed or unknown. */
export function getListing(kind: ListingKind, params: ListingParams): Promise<Listing | null> {
  return getListingBySegments(kind, params.locale, params.slug, JSON.stringify(params.page ?? []));
}

/** The listing with its page of articles; null (a 404) as getListing, and for a page past the last. */
export async function getListingPage(kind: ListingKind, params: ListingParams): Promise<ListingWithArticles | null> {
  const listing = await getListing(kind, params);
  if (!listing) return null;
  const page = await articles[kind](listing.locale, listing.owner.slug, listing.page);
  return listing.page > page.pageCount ? null : { ...listing, articles: page };
}
