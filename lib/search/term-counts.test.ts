import { expect, it } from 'vitest';
import { paragraphsToHtml } from '@/lib/articles/sanitize';
import { db } from '@/lib/db';
import { articleSearchFields } from './document';
import { findArticleCandidates } from './engine';
import { parseQuery } from './query';
import { scoreCandidates } from './score';

// Relevance is computed from each candidate's stored terms: PostgreSQL counts them in the
// database, SQLite's candidates are counted here. Either way the scores are those of counting the
// stored terms (cut to their first 2,000 characters) in JS: words repeated side by side, a
// phrase, and a body long enough to be cut.
it('scores candidates as counting their stored terms would', async () => {
  const section = await db.section.create({ data: { slug: 'souq', name: 'سوق', locale: 'ar' } });
  const texts = [
    ['البرقوق والبرقوق', 'البرقوق البرقوق البرقوق مع اللوز في السوق ثم البرقوق مع اللوز'],
    ['سوق اللوز', 'اللوز مع البرقوق'],
    ['خبر طويل عن البرقوق', Array.from({ length: 900 }, (_, index) => (index % 7 === 0 ? 'البرقوق مع اللوز' : 'كلام')).join(' ')],
  ];
  for (const [index, [title, text]] of texts.entries()) {
    const body = paragraphsToHtml([text!]);
    await db.article.create({
      data: {
        locale: 'ar', slug: `souq-${index}`, title: title!, dek: '', body, ...articleSearchFields({ locale: 'ar', title: title!, dek: '', body }),
        status: 'published', publishedAt: new Date(Date.now() - (index + 1) * 60_000), sectionId: section.id,
      },
    });
  }
  const stored = await db.article.findMany({ where: { sectionId: section.id }, orderBy: { id: 'desc' }, select: { id: true, searchTitle: true, searchText: true } });
  const byId = new Map(stored.map((row) => [row.id, row]));
  expect(stored[0]!.searchText.length).toBeGreaterThan(2000);

  for (const q of ['البرقوق', '"مع اللوز" البرقوق', 'اللوز']) {
    const query = parseQuery(q, 'ar');
    const found = await findArticleCandidates(query, { locale: 'ar', liveAt: new Date() }, 200);
    expect(found.length, q).toBeGreaterThan(1);
    // Lengths are averaged over the candidates found, so the expected scores are of those.
    const expected = scoreCandidates(
      query,
      found.map((hit) => byId.get(hit.id)!).map((row) => ({ titleTerms: row.searchTitle, textTerms: row.searchText.slice(0, 2000) })),
    );
    expect(found.map((hit) => hit.score), q).toEqual(expected);
  }
});
