import 'server-only';
import { expireTags } from '@/lib/cache/tags';
import { affectedTags, pagesToWarm, type ChangeSnapshot } from './revalidate-tags';

// The one place that refreshes public pages after an article changes: it expires the tags the
// change touched (immediately, not stale-while-revalidate: an unpublished article is gone when
// the change returns). Listings are tagged as a whole, so no page is counted or enumerated.

/** Expires what the change touched; returns the tags expired and the pages worth rendering at once. */
export async function revalidateArticleChange(
  before: ChangeSnapshot | null,
  after: ChangeSnapshot | null,
): Promise<{ all: string[]; main: string[] }> {
  const all = affectedTags(before, after);
  expireTags(...all);
  return { all, main: all.length ? pagesToWarm(after) : [] };
}
