import { normalizedWords, searchTerm, type SearchLocale } from './normalize';

// Highlights are found by running each word of the original text through the same normalizer
// as the index, so «الحَمُّوشِي» in the article lights up for a query «حموشي» and the reader sees
// the text as written, diacritics and all (the index holds only folded terms).

export type Segment = { text: string; match: boolean };

// A word as written: letters, digits, combining marks, tatweel and zero-width joiners.
const WRITTEN_WORD = /[\p{L}\p{N}\p{M}\u0640\u200C\u200D]+/gu;
const SNIPPET_WORDS = 32;
// Long bodies: the best passage is looked for in the first this-many words.
const SCAN_WORDS = 4000;

type Word = { start: number; end: number; match: boolean };

// Written word → its search terms. A page of results reads thousands of words but few distinct
// ones, and normalizing is the costly part; bounded so an odd corpus cannot grow it forever.
const termCache = new Map<string, string[]>();
const TERM_CACHE_MAX = 50_000;

function termsOf(written: string, locale: SearchLocale): string[] {
  const key = `${locale}:${written}`;
  let terms = termCache.get(key);
  if (!terms) {
    if (termCache.size >= TERM_CACHE_MAX) termCache.clear();
    terms = normalizedWords(written).map((word) => searchTerm(word, locale));
    termCache.set(key, terms);
  }
  return terms;
}

function findWords(text: string, terms: Set<string>, locale: SearchLocale, limit: number): Word[] {
  const words: Word[] = [];
  for (const found of text.matchAll(WRITTEN_WORD)) {
    if (words.length >= limit) break;
    const match = termsOf(found[0], locale).some((term) => terms.has(term));
    words.push({ start: found.index, end: found.index + found[0].length, match });
  }
  return words;
}

function segmentsOf(text: string, words: Word[], from: number, to: number): Segment[] {
  const segments: Segment[] = [];
  const push = (piece: string, match: boolean) => {
    if (!piece) return;
    const last = segments.at(-1);
    if (last && last.match === match) last.text += piece;
    else segments.push({ text: piece, match });
  };
  let cursor = from;
  for (const word of words) {
    if (word.start < from || word.end > to) continue;
    push(text.slice(cursor, word.start), false);
    push(text.slice(word.start, word.end), word.match);
    cursor = word.end;
  }
  push(text.slice(cursor, to), false);
  return segments;
}

/** The whole text (a title) split into matched and unmatched pieces. */
export function highlightText(text: string, terms: Set<string>, locale: SearchLocale): Segment[] {
  return segmentsOf(text, findWords(text, terms, locale, Number.MAX_SAFE_INTEGER), 0, text.length);
}

/** The passage of about 32 words holding the most matches, with ellipses where it was cut. */
export function snippetOf(text: string, terms: Set<string>, locale: SearchLocale): Segment[] {
  const words = findWords(text, terms, locale, SCAN_WORDS);
  if (!words.length) return [];
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let index = 0; index < words.length; index += 1) {
    if (words[index]!.match) count += 1;
    if (index >= SNIPPET_WORDS && words[index - SNIPPET_WORDS]!.match) count -= 1;
    const start = Math.max(0, index - SNIPPET_WORDS + 1);
    if (count > bestCount) [best, bestCount] = [start, count];
  }
  // Start a few words before the first match so it is read in context.
  const firstMatch = words.findIndex((word, index) => index >= best && word.match);
  const first = firstMatch > best + 4 ? firstMatch - 4 : best;
  const last = Math.min(words.length, first + SNIPPET_WORDS) - 1;
  const segments = segmentsOf(text, words, words[first]!.start, words[last]!.end);
  if (first > 0) segments.unshift({ text: '… ', match: false });
  if (last < words.length - 1 || words.length >= SCAN_WORDS) segments.push({ text: ' …', match: false });
  return segments;
}
