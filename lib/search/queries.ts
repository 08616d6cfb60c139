import 'server-only';
import { db } from '@/lib/db';
import { SITE_TIME_ZONE } from '@/lib/utils/dates';
import { findArticleCandidates, readHits, type ArticleScope } from './engine';
import { asSearchLocale } from './normalize';
import { sanitizedHtmlToText } from './plain-text';
import { parseQuery } from './query';
import { rankCandidates } from './rank';
import type { SearchParams } from './schema';
import { highlightText, snippetOf } from './snippet';
import type { SearchHit, SearchResults } from './types';

export const SEARCH_PAGE_SIZE = 10;
/** Matches ranked per query; a word found in half the archive still answers in milliseconds. */
export const SEARCH_CANDIDATES = 200;

const EMPTY: Omit<SearchResults, 'page'> = { hits: [], pageCount: 1, total: 0, capped: false };

/** Readers' search: live articles of one edition, ranked by relevance with a recency boost. */
export async function searchArticles(locale: string, params: SearchParams, now = new Date()): Promise<SearchResults> {
  const searchLocale = asSearchLocale(locale);
  const query = parseQuery(params.q, searchLocale);
  if (!query.required.length) return { ...EMPTY, page: params.page };
  const section = params.section
    ? await db.section.findFirst({ where: { locale, slug: params.section }, select: { id: true } })
    : null;
  const scope: ArticleScope = {
    locale: searchLocale,
    liveAt: now,
    sectionId: section?.id,
    from: params.from ? startOfDay(params.from) : undefined,
    to: params.to ? startOfDay(params.to, 1) : undefined,
  };
  const ranked = rankCandidates(await findArticleCandidates(query, scope, SEARCH_CANDIDATES), now);
  const pageIds = ranked.slice((params.page - 1) * SEARCH_PAGE_SIZE, params.page * SEARCH_PAGE_SIZE).map((hit) => hit.id);
  const rows = await readHits(pageIds);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const hits = pageIds.flatMap((id): SearchHit[] => {
    const row = byId.get(id);
    if (!row) return [];
    return [{
      id: row.id,
      slug: row.slug,
      title: highlightText(row.title, query.highlight, searchLocale),
      snippet: snippetOf(`${row.dek}\n${sanitizedHtmlToText(row.body)}`, query.highlight, searchLocale),
      section: row.section,
      publishedAt: (row.publishedAt ?? now).toISOString(),
    }];
  });
  return {
    hits,
    page: params.page,
    pageCount: Math.max(1, Math.ceil(ranked.length / SEARCH_PAGE_SIZE)),
    total: ranked.length,
    capped: ranked.length >= SEARCH_CANDIDATES,
  };
}

/** Midnight of a calendar day (plus `days`) on the site's clock, which is how readers mean dates. */
function startOfDay(isoDay: string, days = 0): Date {
  const utcMidnight = new Date(`${isoDay}T00:00:00Z`);
  utcMidnight.setUTCDate(utcMidnight.getUTCDate() + days);
  const wall = new Date(utcMidnight.toLocaleString('en-US', { timeZone: SITE_TIME_ZONE }));
  const utc = new Date(utcMidnight.toLocaleString('en-US', { timeZone: 'UTC' }));
  return new Date(utcMidnight.getTime() - (wall.getTime() - utc.getTime()));
}

