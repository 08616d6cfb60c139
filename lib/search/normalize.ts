import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { normalizeArabic } from '@/lib/utils/arabic';

// The one normalizer for search: the index and the query both go through `searchTerms`, so a
// word matches whenever both sides reduce it to the same term.

export type SearchLocale = 'ar' | 'fr' | 'en';

const ARABIC_WORD = /^[\u0621-\u064A]+$/;
const LATIN_WORD = /^[a-z]+$/;
const WORD = /[\p{L}\p{N}]+/gu;

// Definite article and the particles glued before it, longest first (after normalization, so
// «بالأمن» is «بالامن»). «لل» is ل + ال with the alef dropped, as in «للأمن».
const ARTICLE_PREFIXES = ['وبال', 'وكال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال'];
// One-letter prepositions glued to a word without the article («لمدير», «بيروت» stays consistent).
const PREPOSITIONS = ['ب', 'ك', 'ل'];
const CONJUNCTIONS = ['و', 'ف'];
// Plural, dual, feminine and attached pronoun endings, longest first.
const SUFFIXES = ['هما', 'كما', 'كم', 'هم', 'هن', 'نا', 'ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

type StemOptions = { conjunction?: boolean; preposition?: boolean };

/**
 * A light stem of a normalized Arabic word, in the spirit of Larkey's light10: strip glued
 * particles and the article, then one ending, never leaving fewer than three letters (two after
 * the article alone). The index keeps one stem per word (so phrases keep their positions); a word
 * that merely starts with و or ب is over-stripped the same way on both sides, and `queryStems`
 * adds the readings that keep that letter. Written here because no maintained package does light
 * (not root) Arabic stemming; Snowball's Arabic stemmer is too aggressive for names.
 */
export function arabicStem(word: string, { conjunction = true, preposition = true }: StemOptions = {}): string {
  if (!ARABIC_WORD.test(word)) return word;
  let stem = word;
  const article = ARTICLE_PREFIXES.find((prefix) => stem.startsWith(prefix) && stem.length - prefix.length >= 2);
  if (article) {
    stem = stem.slice(article.length);
  } else {
    if (conjunction && CONJUNCTIONS.includes(stem[0]!) && stem.length >= 4) stem = stem.slice(1);
    if (preposition && PREPOSITIONS.includes(stem[0]!) && stem.length - 1 >= 4) stem = stem.slice(1);
  }
  const suffix = SUFFIXES.find((ending) => stem.endsWith(ending) && stem.length - ending.length >= 3);
  return suffix ? stem.slice(0, -suffix.length) : stem;
}

/**
 * Every stem an article may have indexed for a query word: «وزير» is «زير» bare but «وزير» after
 * the article («الوزير»), so a query for either finds both spellings.
 */
export function queryStems(word: string, locale: SearchLocale): string[] {
  if (!ARABIC_WORD.test(word)) return [latinStem(word, locale)];
  const stems = new Set([
    arabicStem(word),
    arabicStem(word, { conjunction: false }),
    arabicStem(word, { preposition: false }),
    arabicStem(word, { conjunction: false, preposition: false }),
  ]);
  // What follows a glued article or particle, read as a word of its own: «الوزير» → «وزير»,
  // «بورزازات» → «ورزازات», each stemmed as the index stems a bare word.
  const article = ARTICLE_PREFIXES.find((prefix) => word.startsWith(prefix) && word.length - prefix.length >= 2);
  if (article) stems.add(arabicStem(word.slice(article.length)));
  else if ([...CONJUNCTIONS, ...PREPOSITIONS].includes(word[0]!) && word.length >= 5) stems.add(arabicStem(word.slice(1)));
  return [...stems];
}

function latinStem(word: string, locale: SearchLocale): string {
  if (!LATIN_WORD.test(word) || word.length < 3) return word;
  if (locale === 'fr') return frenchStemmer(word);
  if (locale === 'en') return englishStemmer(word);
  return word;
}

/** One search term: what a word of the article or of the query is reduced to. */
export function searchTerm(normalizedWord: string, locale: SearchLocale): string {
  return ARABIC_WORD.test(normalizedWord) ? arabicStem(normalizedWord) : latinStem(normalizedWord, locale);
}

/** The words of a text as the reader sees them split, already normalized. */
export function normalizedWords(text: string): string[] {
  return normalizeArabic(text).match(WORD) ?? [];
}

/** The terms of a text, in order (so phrases still match), for the index or a query. */
export function searchTerms(text: string, locale: SearchLocale): string[] {
  return normalizedWords(text).map((word) => searchTerm(word, locale));
}

/** The indexed form of a text: its terms joined by spaces; the engines' tokenizers split them again. */
export function searchDocument(text: string, locale: SearchLocale): string {
  return searchTerms(text, locale).join(' ');
}

export function asSearchLocale(locale: string): SearchLocale {
  return locale === 'fr' || locale === 'en' ? locale : 'ar';
}
