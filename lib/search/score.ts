import type { ParsedQuery, QueryPart } from './query';

// Relevance of a candidate, computed here from its stored search terms rather than by the
// engines: FTS5's bm25 first counts every article holding each query term (a pass over the whole
// index for a common word, on every query: 80 ms of a 100,000-article archive), and ts_rank_cd
// reads each whole vector. The candidates' terms are short and already at hand.
// BM25's term-frequency part: occurrences saturate, long texts are discounted, and a title
// occurrence weighs four times a body one. No inverse document frequency: every candidate holds
// every required part, so it would reorder nothing within a one-word query, and PostgreSQL's
// ts_rank_cd, which the relevance set was first tuned on, has none either.

export type CandidateTerms = { titleTerms: string; textTerms: string };

/**
 * What scoring reads of a candidate: the lengths of its title and text terms, each padded with a
 * space at both ends, and how often each of the query's needles (partNeedles) occurs in them.
 */
export type TermCounts = { titleLength: number; textLength: number; titleCounts: number[]; textCounts: number[] };

const K1 = 1.2;
const B = 0.75;
const TITLE_WEIGHT = 4;

// Terms are stored space-separated, so a word or a phrase is found as " term " or " one two ".
function needlesOf(part: QueryPart): string[] {
  return part.kind === 'phrase' ? [` ${part.terms.join(' ')} `] : part.stems.map((stem) => ` ${stem} `);
}

/** Every required part's needles, in order: a part occurs as often as its needles together. */
export function partNeedles(query: ParsedQuery): string[][] {
  return query.required.map(needlesOf);
}

function countOf(padded: string, needle: string): number {
  let count = 0;
  // The closing space of one hit can open the next.
  for (let at = padded.indexOf(needle); at !== -1; at = padded.indexOf(needle, at + needle.length - 1)) count += 1;
  return count;
}

/** A candidate's counts from its terms (PostgreSQL counts them where they are stored instead). */
export function countTerms(query: ParsedQuery, candidate: CandidateTerms): TermCounts {
  const title = ` ${candidate.titleTerms} `;
  const text = ` ${candidate.textTerms} `;
  const needles = partNeedles(query).flat();
  return {
    titleLength: title.length,
    textLength: text.length,
    titleCounts: needles.map((needle) => countOf(title, needle)),
    textCounts: needles.map((needle) => countOf(text, needle)),
  };
}

function saturated(frequency: number, length: number, averageLength: number): number {
  if (!frequency) return 0;
  const norm = K1 * (1 - B + (B * length) / Math.max(1, averageLength));
  return (frequency * (K1 + 1)) / (frequency + norm);
}

/** One score per candidate, in order; higher is more relevant. Lengths are in characters. */
export function scoreCounts(query: ParsedQuery, candidates: TermCounts[]): number[] {
  const average = (pick: (entry: TermCounts) => number) => candidates.reduce((sum, entry) => sum + pick(entry), 0) / Math.max(1, candidates.length);
  const titleAverage = average((entry) => entry.titleLength);
  const textAverage = average((entry) => entry.textLength);
  // Which needles belong to which part.
  const parts: number[][] = [];
  let next = 0;
  for (const needles of partNeedles(query)) parts.push(needles.map(() => next++));
  const frequency = (counts: number[], indexes: number[]) => indexes.reduce((sum, index) => sum + (counts[index] ?? 0), 0);
  return candidates.map((candidate) =>
    parts.reduce(
      (score, indexes) =>
        score +
        TITLE_WEIGHT * saturated(frequency(candidate.titleCounts, indexes), candidate.titleLength, titleAverage) +
        saturated(frequency(candidate.textCounts, indexes), candidate.textLength, textAverage),
      0,
    ),
  );
}

/** Scores from the candidates' terms. */
export function scoreCandidates(query: ParsedQuery, candidates: CandidateTerms[]): number[] {
  return scoreCounts(query, candidates.map((candidate) => countTerms(query, candidate)));
}
