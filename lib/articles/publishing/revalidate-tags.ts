import { TAGS as T } from '@/lib/cache/tags';
import { pathTo } from '@/lib/url-paths';
import type { ArticleSnapshot } from '@/lib/articles/snapshot';
import { isLive } from '@/lib/articles/status';

// What an article change invalidates, as tags. Pure, so the rule is tested without a server.

export type ChangeSnapshot = Pick<
  ArticleSnapshot,
  'id' | 'locale' | 'slug' | 'title' | 'status' | 'publishedAt' | 'sectionSlug' | 'authorSlugs' | 'tagSlugs'
>;

/**
 * The tags to expire after a change from `before` to `after`: nothing when the article was not
 * visible before and is not visible now (a draft edit touches no public page); otherwise the
 * article itself (its page, share card, and every block naming it), home, section, authors and
 * tags on both sides of the change (every page of those listings, and the related blocks that
 * match by them), feeds and sitemaps; and the most-viewed lists when what they can show changed.
 */
export function affectedTags(before: ChangeSnapshot | null, after: ChangeSnapshot | null, now = new Date()): string[] {
  const states = [before, after].filter((state): state is ChangeSnapshot => !!state && isLive(state, now));
  if (!states.length) return [];
  const tags = new Set<string>([T.feeds, T.sitemaps]);
  if (mostViewedMayChange(before, after, now)) tags.add(T.mostViewed);
  for (const state of states) {
    tags.add(T.article(state.id));
    tags.add(T.home(state.locale));
    tags.add(T.section(state.locale, state.sectionSlug));
    for (const slug of state.authorSlugs) tags.add(T.author(slug));
    for (const slug of state.tagSlugs) tags.add(T.tag(state.locale, slug));
  }
  return [...tags];
}

/**
 * The most-viewed lists sit on home and on every article page, and name each article by its title
 * and address only. They change when an article enters or leaves the public site (a republished
 * one keeps its views) or is renamed or moved; a correction to a live story, which a story read by
 * everyone gets again and again, would otherwise expire every article page with it.
 */
function mostViewedMayChange(before: ChangeSnapshot | null, after: ChangeSnapshot | null, now: Date): boolean {
  const wasLive = !!before && isLive(before, now);
  const isLiveNow = !!after && isLive(after, now);
  if (wasLive !== isLiveNow) return true;
  return !!before && !!after && (before.title !== after.title || before.slug !== after.slug || before.locale !== after.locale);
}

/**
 * The pages worth rendering at once after a scheduled article comes due (nobody is waiting on
 * them yet): home, then its section's first page, then the article.
 */
export function pagesToWarm(state: ChangeSnapshot | null, now = new Date()): string[] {
  if (!state || !isLive(state, now)) return [];
  return [pathTo('/', { locale: state.locale }), pathTo({ pathname: '/section/[slug]', params: { slug: state.sectionSlug } }, { locale: state.locale }), pathTo({ pathname: '/news/[slug]', params: { slug: state.slug } }, { locale: state.locale })];
}
