import { z } from 'zod';
import { slugParam } from '@/lib/url-params';
import { MAX_QUERY_CHARS } from './query';

// The search page's URL parameters. Search never refuses a URL: whatever is malformed is
// dropped (a page of -1 is page 1, an unknown date is no date), so the reader gets a page.

export type SearchParams = { q: string; page: number; section: string | null; from: string | null; to: string | null };

type Raw = string | string[] | undefined;

const first = (value: Raw) => (Array.isArray(value) ? value[0] : value);
const page = z.coerce.number().int().min(1).max(10_000).catch(1);
const isoDay = z.iso.date().nullable().catch(null);
const section = slugParam.nullable().catch(null);

/** Control characters become spaces; the query is cut to what the parser reads. */
export function cleanQuery(value: string): string {
  return value.replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ').slice(0, MAX_QUERY_CHARS).trim();
}

export function parseSearchParams(raw: Record<string, Raw>): SearchParams {
  return {
    q: cleanQuery(first(raw.q) ?? ''),
    page: page.parse(first(raw.page) ?? 1),
    section: section.parse(first(raw.section)?.normalize('NFC').toLowerCase() || null),
    from: isoDay.parse(first(raw.from) || null),
    to: isoDay.parse(first(raw.to) || null),
  };
}
