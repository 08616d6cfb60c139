import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { searchArticles } from './queries';
import { relevanceCases } from './relevance-corpus';
import { parseSearchParams } from './schema';
import { loadSearchFixtures } from './test-fixtures';

// The relevance test set: every spelling variant, prefix, digit form, phrase and exclusion a
// reader may type, against the demo site plus a fixture corpus, on this run's database.
const now = new Date();
let ids: Map<string, number>;
let keyOf: (id: number) => string;

beforeAll(async () => {
  ids = await loadSearchFixtures(db, now);
  const keys = new Map([...ids].map(([key, id]) => [id, key]));
  keyOf = (id) => keys.get(id) ?? `demo#${id}`;
});

describe('relevance test set', () => {
  it('has at least 40 Arabic and 10 French or English queries', () => {
    expect(relevanceCases.filter((c) => !c.locale || c.locale === 'ar').length).toBeGreaterThanOrEqual(40);
    expect(relevanceCases.filter((c) => c.locale === 'fr' || c.locale === 'en').length).toBeGreaterThanOrEqual(10);
  });

  it.each(relevanceCases)('«$q» ($why)', async (testCase) => {
    const results = await searchArticles(testCase.locale ?? 'ar', parseSearchParams({ q: testCase.q }), now);
    const keys = results.hits.map((hit) => keyOf(hit.id));
    if (testCase.none) expect(keys).toEqual([]);
    if (testCase.first) expect(keys[0]).toBe(testCase.first);
    for (const key of testCase.include ?? []) expect(keys).toContain(key);
    for (const key of testCase.exclude ?? []) expect(keys).not.toContain(key);
  });
});
