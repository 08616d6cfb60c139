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

const K1 = 1.2;
const B = 0.75;
const TITLE_WEIGHT = 4;

// Terms are stored space-separated, so a word or a phrase is found as " term " or " one two "
// by the engine's native substring search, without splitting the text into arrays.
function countOf(padded: string, needle: string): number {
  let count = 0;
  // The closing space of one hit can open the next.
  for (let at = padded.indexOf(needle); at !== -1; at = padded.indexOf(needle, at + needle.length - 1)) count += 1;
  return count;
}

function occurrences(padded: string, part: QueryPart): number {
  if (part.kind === 'phrase') return countOf(padded, ` ${part.terms.join(' ')} `);
  return part.stems.reduce((sum, stem) => sum + countOf(padded, ` ${stem} `), 0);
}

function saturated(frequency: number, length: number, averageLength: number): number {
  if (!frequency) return 0;
  const norm = K1 * (1 - B + (B * length) / Math.max(1, averageLength));
  return (frequency * (K1 + 1)) / (frequency + norm);
}

/** One score per candidate, in order; higher is more relevant. Lengths are in characters. */
export function scoreCandidates(query: ParsedQuery, candidates: CandidateTerms[]): number[] {
  const padded = candidates.map((candidate) => ({ title: ` ${candidate.titleTerms} `, text: ` ${candidate.textTerms} ` }));
  const average = (pick: (entry: (typeof padded)[number]) => string) =>
    padded.reduce((sum, entry) => sum + pick(entry).length, 0) / Math.max(1, padded.length);
  const titleAverage = average((entry) => entry.title);
  const textAverage = average((entry) => entry.text);
  return padded.map(({ title, text }) =>
    query.required.reduce(
      (score, part) =>
        score +
        TITLE_WEIGHT * saturated(occurrences(title, part), title.length, titleAverage) +
        saturated(occurrences(text, part), text.length, textAverage),
      0,
    ),
  );
}
