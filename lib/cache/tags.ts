import 'server-only';
import { revalidateTag, unstable_cache } from 'next/cache';
import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external';

// What a cached page depends on. Every public read declares its tags; every write expires exactly
// the tags it changed (lib/articles/publishing/revalidate.ts and the other writers), so no write
// has to know which URLs show what.
export const TAGS = {
  /** The article's own page, share card and comments page, and every block that names it. */
  article: (id: number) => `article:${id}`,
  /** An edition's home page (latest articles, section blocks). */
  home: (locale: string) => `home:${locale}`,
  /** Every page of a section's listing, the section's block on the home page, and related blocks. */
  section: (locale: string, slug: string) => `section:${locale}:${slug}`,
  /** Every page of an author's listing and profile (authors are shared by the editions). */
  author: (slug: string) => `author:${slug}`,
  /** Every page of a tag's listing, and related blocks that match by tag. */
  tag: (locale: string, slug: string) => `tag:${locale}:${slug}`,
  /** What every page of an edition shows around the content: section navigation, site settings. */
  edition: (locale: string) => `edition:${locale}`,
  /** The approved comments (and their count) of an article. */
  comments: (articleId: number) => `comments:${articleId}`,
  feeds: 'feeds',
  sitemaps: 'sitemaps',
  mostViewed: 'most-viewed',
} as const;

// A cached no-op: its only effect is that Next adds its tags to the page (or route response)
// being rendered. Next 16 propagates unstable_cache tags to the enclosing page's entry
// (unstable-cache.js accumulates them into the work unit's tags); outside 'use cache' there is
// no other public way for a read to tag the page.
const declare = async () => null;

/**
 * Expires tags at once (not stale-while-revalidate): the change is visible, and what it removed
 * is gone, when the write returns. Works in Server Actions and route handlers alike.
 */
export function expireTags(...tags: string[]): void {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}

/**
 * Declares that what is being rendered depends on these tags. Outside a render (tests, scripts)
 * there is nothing to tag and it does nothing.
 */
export async function dependsOn(...tags: string[]): Promise<void> {
  if (!tags.length || !workAsyncStorage.getStore()) return;
  const unique = [...new Set(tags)].sort();
  await unstable_cache(declare, ['depends-on', ...unique], { tags: unique })();
}

/**
 * A read kept in the incremental cache until one of its tags expires (at most `seconds`), for
 * figures every page of a listing repeats, such as its article count. Outside a render (scripts,
 * tests) there is no cache to keep it in and the read runs each time.
 */
export function readThroughTags<T>(key: string[], tags: string[], seconds: number, read: () => Promise<T>): Promise<T> {
  if (!workAsyncStorage.getStore()) return read();
  return unstable_cache(read, ['read-through', ...key], { tags: [...new Set(tags)], revalidate: seconds })();
}
