import { normalizedWords, queryStems, searchTerm, type SearchLocale } from './normalize';

// A reader's query turned into terms the engines can only take literally: every term is letters
// and digits, so no input (quotes, operators, SQL, control characters) can become syntax.

/** A word matches any of its stems; a phrase matches its terms in order. */
export type QueryPart = { kind: 'word'; stems: string[] } | { kind: 'phrase'; terms: string[] };

export type ParsedQuery = {
  /** Every part must match. */
  required: QueryPart[];
  /** None of these phrases (single words are one-term phrases) may match. */
  excluded: string[][];
  /** Terms to highlight in titles and snippets. */
  highlight: Set<string>;
};

export const MAX_QUERY_CHARS = 200;
const MAX_PARTS = 8;
const MAX_EXCLUDED = 4;
const MAX_PHRASE_TERMS = 8;
// Boolean syntax pasted from other search engines: every word is required anyway, so these are
// dropped rather than searched for as words.
const OPERATOR_WORDS = new Set(['AND', 'OR', 'NOT', 'NEAR']);

/** Quoted stretches become phrases; a word starting with - is excluded; an unpaired quote is ignored. */
export function parseQuery(raw: string, locale: SearchLocale): ParsedQuery {
  const text = raw.slice(0, MAX_QUERY_CHARS).replace(/[“”«»„]/g, '"');
  const pieces = text.split('"');
  const closed = pieces.length % 2 === 1;
  const required: QueryPart[] = [];
  const excluded: string[][] = [];
  pieces.forEach((piece, index) => {
    const quoted = index % 2 === 1 && (closed || index < pieces.length - 1);
    const excludedPhrase = quoted && /-\s*$/.test(pieces[index - 1] ?? '');
    if (quoted) {
      const terms = normalizedWords(piece).map((word) => searchTerm(word, locale)).slice(0, MAX_PHRASE_TERMS);
      if (!terms.length) return;
      if (excludedPhrase) excluded.push(terms);
      else required.push(phraseOrWord(terms));
      return;
    }
    for (const chunk of piece.split(/\s+/)) {
      if (OPERATOR_WORDS.has(chunk)) continue;
      const exclude = /^[-\u2212]/.test(chunk);
      const words = normalizedWords(exclude ? chunk.slice(1) : chunk);
      if (!words.length) continue;
      if (exclude) excluded.push(words.map((word) => searchTerm(word, locale)));
      else if (words.length === 1) required.push({ kind: 'word', stems: queryStems(words[0]!, locale) });
      // «كوفيد-19» or «U.S.» are one word to the reader: keep their pieces together.
      else required.push({ kind: 'phrase', terms: words.map((word) => searchTerm(word, locale)) });
    }
  });
  const parts = required.slice(0, MAX_PARTS);
  const highlight = new Set(parts.flatMap((part) => (part.kind === 'word' ? part.stems : part.terms)));
  return { required: parts, excluded: excluded.slice(0, MAX_EXCLUDED), highlight };
}

function phraseOrWord(terms: string[]): QueryPart {
  return terms.length === 1 ? { kind: 'word', stems: [terms[0]!] } : { kind: 'phrase', terms };
}

/** The FTS5 MATCH expression: every term double-quoted, so FTS5 reads none of it as an operator. */
export function toFts5Match(query: ParsedQuery): string | null {
  if (!query.required.length) return null;
  const quote = (terms: string[]) => `"${terms.join(' ')}"`;
  const parts = query.required.map((part) =>
    part.kind === 'phrase' ? quote(part.terms) : `(${part.stems.map((stem) => quote([stem])).join(' OR ')})`,
  );
  const positive = `(${parts.join(' AND ')})`;
  return query.excluded.reduce((expression, terms) => `${expression} NOT ${quote(terms)}`, positive);
}

/**
 * PostgreSQL: each word, phrase and exclusion is its own `websearch_to_tsquery` (which never
 * raises a syntax error), combined with tsquery operators; the texts travel as parameters.
 * Returns the SQL expression with $-placeholders from `firstParam` on, and its parameters.
 */
export function toTsQuery(query: ParsedQuery, config: string, firstParam: number): { sql: string; params: string[] } | null {
  if (!query.required.length) return null;
  const params: string[] = [];
  const placeholder = (text: string) => {
    params.push(text);
    return `websearch_to_tsquery(${config}, $${firstParam + params.length - 1})`;
  };
  const phrase = (terms: string[]) => placeholder(`"${terms.join(' ')}"`);
  const parts = query.required.map((part) =>
    part.kind === 'phrase' ? phrase(part.terms) : `(${part.stems.map((stem) => phrase([stem])).join(' || ')})`,
  );
  const positive = `(${parts.join(' && ')})`;
  const sql = query.excluded.reduce((expression, terms) => `${expression} && !!${phrase(terms)}`, positive);
  // Parenthesized: `@@` binds tighter than `&&`.
  return { sql: `(${sql})`, params };
}
