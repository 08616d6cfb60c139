import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { badInputs } from './bad-input-cases';
import { searchArticles } from './queries';
import { parseSearchParams } from './schema';
import { findArticleIdsForStaff, findCommentIdsForStaff } from './staff';
import { loadSearchFixtures } from './test-fixtures';

// Every hostile or malformed input gives a normal (possibly empty) page, on this run's database.
function paramsOf(query: string): Record<string, string | string[]> {
  const raw: Record<string, string | string[]> = {};
  let search: URLSearchParams;
  try {
    search = new URLSearchParams(query);
  } catch {
    return raw;
  }
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    raw[key] = values.length > 1 ? values : values[0]!;
  }
  return raw;
}

beforeAll(async () => {
  await loadSearchFixtures(db, new Date());
});

describe('bad search input', () => {
  it.each(badInputs)('$name: a results page, never an error', async ({ query }) => {
    const params = parseSearchParams(paramsOf(query));
    expect(params.page).toBeGreaterThanOrEqual(1);
    const results = await searchArticles('ar', params);
    expect(results.page).toBe(params.page);
    expect(results.hits.length).toBeLessThanOrEqual(10);
    expect(results.pageCount).toBeGreaterThanOrEqual(1);
    await expect(findArticleIdsForStaff(params.q)).resolves.toBeInstanceOf(Array);
    await expect(findCommentIdsForStaff(params.q)).resolves.toBeInstanceOf(Array);
  });

  it('still finds the article when operators surround the words', async () => {
    const results = await searchArticles('ar', parseSearchParams(paramsOf(`q=${encodeURIComponent('(الحموشي) AND "FBI')}`)));
    expect(results.hits[0]?.title.map((segment) => segment.text).join('')).toContain('الحموشي');
  });

  it('takes the first q when it is given twice', () => {
    expect(parseSearchParams(paramsOf('q=a&q=b')).q).toBe('a');
  });
});
