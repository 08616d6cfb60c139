import { beforeAll, describe, expect, it } from 'vitest';
import { paragraphsToHtml } from '@/lib/articles/sanitize';
import { db, isPostgres } from '@/lib/db';
import { articleSearchFields } from './document';
import { findArticleCandidates, newestArticleMatches, type ArticleScope } from './engine';
import { parseQuery } from './query';

// Search takes the newest matches. On PostgreSQL it looks among the newest 5 × limit rows, then
// the newest 50 × limit, then reads every match; wherever it stops, the answer is the same.
const COUNT = 400;
const ids: number[] = [];
const scope = (): ArticleScope => ({ locale: 'ar', liveAt: new Date() });
const newest = (matching: (index: number) => boolean, take = 200) =>
  ids.filter((_, index) => matching(index)).reverse().slice(0, take);
const candidates = async (q: string) => (await findArticleCandidates(parseQuery(q, 'ar'), scope(), 200)).map((hit) => hit.id);

beforeAll(async () => {
  const section = await db.section.create({ data: { slug: 'matbakh', name: 'مطبخ', locale: 'ar' } });
  const start = Date.now() - COUNT * 60_000;
  for (let index = 0; index < COUNT; index++) {
    // Every article says طاجين; one in ten says زربية and another one in ten قفطان, never both;
    // three say كسكس. The oldest 220 say زيتون, the newest 220 say بلدي: they meet only in the
    // 40 between, far from the newest rows.
    const words = [
      'طاجين', index % 10 === 0 ? 'زربية' : '', index % 10 === 5 ? 'قفطان' : '', [7, 150, 390].includes(index) ? 'كسكس' : '',
      index < 220 ? 'زيتون' : '', index >= 180 ? 'بلدي' : '',
    ];
    const title = `خبر ${words.filter(Boolean).join(' ')}`;
    const body = paragraphsToHtml(['نص قصير عن المائدة المغربية']);
    const row = await db.article.create({
      data: {
        locale: 'ar', slug: `matbakh-${index}`, title, body, ...articleSearchFields({ locale: 'ar', title, dek: '', body }),
        status: 'published', publishedAt: new Date(start + index * 60_000), sectionId: section.id,
      },
      select: { id: true },
    });
    ids.push(row.id);
  }
  if (isPostgres()) await db.$executeRawUnsafe('ANALYZE "Article"');
}, 120_000);

describe('the newest matches', () => {
  it('of a word in every article, a rare word, and two words that never meet', async () => {
    expect(await candidates('طاجين')).toEqual(newest(() => true));
    expect(await candidates('كسكس')).toEqual(newest((index) => [7, 150, 390].includes(index)));
    expect(await candidates('زربية')).toEqual(newest((index) => index % 10 === 0));
    expect(await candidates('زربية قفطان')).toEqual([]);
    if (isPostgres()) {
      // Matches in every row: the newest 100 rows hold 20. One row in ten: the newest 25 hold 2
      // or 3 of 5, the newest 250 hold them. Three rows, or words that never meet: every match.
      const plan = async (q: string, limit = 200) => (await newestArticleMatches(parseQuery(q, 'ar'), scope(), limit)).plan;
      const found = async (q: string, limit: number) => (await newestArticleMatches(parseQuery(q, 'ar'), scope(), limit)).rows.map((row) => Number(row.id));
      expect(await plan('طاجين', 20)).toBe('newest 100 rows');
      expect(await found('طاجين', 20)).toEqual(newest(() => true, 20));
      expect(await plan('زربية', 5)).toBe('newest 250 rows');
      expect(await found('زربية', 5)).toEqual(newest((index) => index % 10 === 0, 5));
      expect(await plan('كسكس')).toBe('every match');
      expect(await plan('زربية قفطان')).toBe('every match');
      // بلدي is in all of the newest 100 rows, زيتون in none: they meet only in older ones.
      expect(await plan('زيتون بلدي', 2)).toBe('every match');
      expect(await found('زيتون بلدي', 2)).toEqual(newest((index) => index >= 180 && index < 220, 2));
    }
  });

  it('of two words that meet only in older rows', async () => {
    const both = newest((index) => index >= 180 && index < 220, 20);
    expect((await findArticleCandidates(parseQuery('زيتون بلدي', 'ar'), scope(), 20)).map((hit) => hit.id)).toEqual(both);
  });
});
