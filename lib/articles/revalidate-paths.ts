import { paths } from '@/lib/urls';
import { isLive, type ArticleSnapshot } from './access';

// Which public pages show an article. Pure, so the rule is tested without a server.

export type PathSnapshot = Pick<
  ArticleSnapshot,
  'locale' | 'slug' | 'status' | 'publishedAt' | 'sectionSlug' | 'authorSlugs' | 'tagSlugs'
> & { oldSlugs?: string[] };

export type Listing = { kind: 'section' | 'author' | 'tag'; locale: string; slug: string; path: string };

/**
 * The pages to refresh after a change from `before` to `after`. Nothing when the article was
 * not visible before and is not visible now (a draft edit touches no public page).
 */
export function affectedPaths(
  before: PathSnapshot | null,
  after: PathSnapshot | null,
  now = new Date(),
): { pages: string[]; listings: Listing[] } {
  const states = [before, after].filter((state): state is PathSnapshot => !!state && isLive(state, now));
  if (!states.length) return { pages: [], listings: [] };
  const pages = new Set<string>();
  const listings = new Map<string, Listing>();
  const addListing = (kind: Listing['kind'], locale: string, slug: string, path: string) =>
    listings.set(path, { kind, locale, slug, path });
  // The old slug's page too: it must now answer with a redirect, not the cached article.
  for (const state of [before, after]) {
    if (!state) continue;
    for (const slug of [state.slug, ...(state.oldSlugs ?? [])]) pages.add(paths.article(state.locale, slug));
  }
  for (const state of states) {
    pages.add(paths.home(state.locale));
    addListing('section', state.locale, state.sectionSlug, paths.section(state.locale, state.sectionSlug));
    for (const slug of state.authorSlugs) addListing('author', state.locale, slug, paths.author(state.locale, slug));
    for (const slug of state.tagSlugs) addListing('tag', state.locale, slug, paths.tag(state.locale, slug));
  }
  return { pages: [...pages], listings: [...listings.values()] };
}

/** Feeds and sitemaps list every edition's latest articles; they are refreshed as a whole. */
export const FEED_ROOTS = ['/feeds', '/sitemaps'] as const;
export const SITEMAP_INDEX = '/sitemap.xml';
