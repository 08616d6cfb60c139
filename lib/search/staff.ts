import 'server-only';
import { routing } from '@/i18n/routing';
import { findArticleCandidates, findCommentIds } from './engine';
import { asSearchLocale } from './normalize';
import { parseQuery } from './query';

// The newsroom's searches: the same engine and normalizer as readers', over every status.
// Callers check the actor's rights and scope; these only find ids.

export const STAFF_SEARCH_LIMIT = 1000;

/** Articles of any status matching the query, each edition read with its own stemmer. */
export async function findArticleIdsForStaff(q: string): Promise<number[]> {
  const perLocale = await Promise.all(
    routing.locales.map((locale) => {
      const searchLocale = asSearchLocale(locale);
      return findArticleCandidates(parseQuery(q, searchLocale), { locale: searchLocale }, STAFF_SEARCH_LIMIT);
    }),
  );
  return perLocale.flat().map((candidate) => candidate.id);
}

/** Comments of any status whose author name or text matches the query. */
export async function findCommentIdsForStaff(q: string): Promise<number[]> {
  return findCommentIds(parseQuery(q, 'ar'), STAFF_SEARCH_LIMIT);
}
