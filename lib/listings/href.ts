import type { Href } from '@/lib/url-paths';
import type { ListingKind } from './types';

const ROUTES = { section: '/section/[slug]', author: '/author/[slug]', tag: '/tag/[slug]' } as const;

/** The route of a section, author or tag page, for pathTo. */
export function listingHref(kind: ListingKind, slug: string): Href {
  return { pathname: ROUTES[kind], params: { slug } };
}
