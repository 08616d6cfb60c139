import 'server-only';
import { revalidatePath } from 'next/cache';
import { FEED_ROOTS, SITEMAP_INDEX } from '@/lib/articles/revalidate-paths';

// An import can touch any page of an edition (every listing, every article), so the whole
// edition is refreshed at once, with its feeds and sitemaps, rather than page by page.
export function revalidateImportedEdition(locale: string): void {
  revalidatePath(`/${locale}`, 'layout');
  for (const root of FEED_ROOTS) revalidatePath(root, 'layout');
  revalidatePath(SITEMAP_INDEX);
}
