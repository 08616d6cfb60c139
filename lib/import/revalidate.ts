import 'server-only';
import { expireTags, TAGS } from '@/lib/cache/tags';

// An import can touch any page of an edition (every listing, every article). Every public page of
// an edition depends on the edition's tag (its section navigation), so expiring it, with the feeds
// and sitemaps, refreshes the whole edition at once rather than page by page.
export function importedEditionTags(locale: string): string[] {
  return [TAGS.edition(locale), TAGS.feeds, TAGS.sitemaps];
}

export function revalidateImportedEdition(locale: string): void {
  expireTags(...importedEditionTags(locale));
}
