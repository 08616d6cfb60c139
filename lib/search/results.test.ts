import { expect, it } from 'vitest';
import { paragraphsToHtml } from '@/lib/articles/sanitize';
import { db } from '@/lib/db';
import { articleSearchFields } from './document';
import { searchArticles } from './queries';
import { parseSearchParams } from './schema';

// What a results page shows of each hit: its highlighted title, its section, its date and a
// snippet around the match, read on either database.
it('a hit carries its title, section, date and snippet', async () => {
  const section = await db.section.create({ data: { slug: 'iqtisad', name: 'اقتصاد', locale: 'ar' } });
  const title = 'ارتفاع صادرات الفوسفاط';
  const body = paragraphsToHtml(['سجلت صادرات الفوسفاط ارتفاعا ملحوظا خلال الفصل الأول من السنة.']);
  const publishedAt = new Date('2026-03-05T09:30:00Z');
  const article = await db.article.create({
    data: { locale: 'ar', slug: 'fosfat', title, dek: '', body, ...articleSearchFields({ locale: 'ar', title, dek: '', body }), status: 'published', publishedAt, sectionId: section.id },
  });

  const results = await searchArticles('ar', parseSearchParams({ q: 'الفوسفاط' }), new Date('2026-03-06T00:00:00Z'));
  expect(results.total).toBe(1);
  const [hit] = results.hits;
  expect(hit).toMatchObject({ id: article.id, slug: 'fosfat', section: { slug: 'iqtisad', name: 'اقتصاد' }, publishedAt: publishedAt.toISOString() });
  expect(hit!.title.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['الفوسفاط']);
  expect(hit!.snippet.some((segment) => segment.match && segment.text === 'الفوسفاط')).toBe(true);
});
