import type { Candidate } from './engine';

const DAY_MS = 86_400_000;
// A story from today counts twice its relevance, one from a month ago 1.5 times, a year-old one
// barely more than its relevance: news readers usually want the latest telling.
const RECENCY_HALF_LIFE_DAYS = 30;

export function recencyBoost(publishedAt: Date | null, now: Date): number {
  if (!publishedAt) return 1;
  const ageDays = Math.max(0, (now.getTime() - publishedAt.getTime()) / DAY_MS);
  return 1 + 1 / (1 + ageDays / RECENCY_HALF_LIFE_DAYS);
}

/** Relevance times the recency boost, best first; ties go to the newer article. */
export function rankCandidates(candidates: Candidate[], now: Date): Candidate[] {
  return candidates
    .map((candidate) => ({ candidate, rank: candidate.score * recencyBoost(candidate.publishedAt, now) }))
    .sort((a, b) => b.rank - a.rank || b.candidate.id - a.candidate.id)
    .map(({ candidate }) => candidate);
}
