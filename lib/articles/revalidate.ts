import 'server-only';
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db';
import { PAGE_SIZE } from './queries';
import { affectedPaths, FEED_ROOTS, SITEMAP_INDEX, type Listing, type PathSnapshot } from './revalidate-paths';
import { publishedWhere } from './visibility';

// The one place that refreshes public pages after an article changes: its URL (and old slugs),
// home, section, authors and tags with every page of their listings, feeds and sitemaps.

async function listingPageCount(listing: Listing): Promise<number> {
  const where =
    listing.kind === 'section'
      ? { section: { slug: listing.slug } }
      : listing.kind === 'author'
        ? { authors: { some: { author: { slug: listing.slug } } } }
        : { tags: { some: { tag: { slug: listing.slug } } } };
  const total = await db.article.count({ where: { AND: [{ locale: listing.locale }, where, publishedWhere()] } });
  // One page more than today's count: an article that left the listing may have shortened it.
  return Math.ceil(total / PAGE_SIZE) + 1;
}

/** Both spellings of a path: Next may key an Arabic URL by its encoded or decoded form. */
function refresh(path: string) {
  revalidatePath(path);
  const decoded = decodeURIComponent(path);
  if (decoded !== path) revalidatePath(decoded);
}

/**
 * Refreshes what the change touched and returns the pages worth rendering at once: the article,
 * home and first page of its section (the rest render on their next visit).
 */
export async function revalidateArticleChange(
  before: PathSnapshot | null,
  after: PathSnapshot | null,
): Promise<{ all: string[]; main: string[] }> {
  const { pages, listings } = affectedPaths(before, after);
  if (!pages.length && !listings.length) return { all: [], main: [] };
  const all = [...pages];
  for (const listing of listings) {
    const count = await listingPageCount(listing);
    all.push(listing.path);
    for (let page = 2; page <= count; page += 1) all.push(`${listing.path}/${page}`);
  }
  for (const path of all) refresh(path);
  for (const root of FEED_ROOTS) revalidatePath(root, 'layout');
  revalidatePath(SITEMAP_INDEX);
  const sections = listings.filter((listing) => listing.kind === 'section').map((listing) => listing.path);
  // Home first, then sections, then the article itself.
  const main = [...pages.filter((path) => !path.includes('/news/')), ...sections, ...pages.filter((path) => path.includes('/news/'))];
  return { all, main };
}
