import { beforeAll, describe, expect, it } from 'vitest';
import { paragraphsToHtml } from '@/lib/articles/sanitize';
import { db, isPostgres } from '@/lib/db';
import { articleSearchFields } from './document';
import { findArticleCandidates, newestArticleMatches, type ArticleScope } from './engine';
import { parseQuery } from './query';

// Search takes the newest matches. On PostgreSQL there are two ways to find them, and the one the
// planner prefers for several words reads the whole table when the words are common but never
// meet; whichever way is taken, the answer is the same.
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
      // Dense matches: walking the newest rows stops after 200. Sparse ones, or words that may
      // never meet: the GIN index, which cannot read the whole table for nothing.
      const plan = async (q: string, limit = 200) => (await newestArticleMatches(parseQuery(q, 'ar'), scope(), limit)).plan;
      expect(await plan('طاجين')).toBe('walk');
      expect(await plan('كسكس')).toBe('index');
      expect(await plan('زربية قفطان')).toBe('index');
      // Two words in 55% of the rows each are estimated to meet in 30% (121 rows), enough to walk
      // for 20 candidates; the walk stops at the window the estimate asked for and the index
      // finds the 40 old rows where they do meet.
      expect(await plan('زيتون بلدي', 20)).toBe('window, then index');
    }
  });

  it('of two words that meet only in older rows', async () => {
    const both = newest((index) => index >= 180 && index < 220, 20);
    expect((await findArticleCandidates(parseQuery('زيتون بلدي', 'ar'), scope(), 20)).map((hit) => hit.id)).toEqual(both);
  });
});
