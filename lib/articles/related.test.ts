import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getPublishedArticle, listRelatedArticles } from './queries';

const DAY = 86_400_000;

/** An article of its own section unless one is given, so only tags and authors relate it. */
async function write(slug: string, { age, tags = [], author, section }: { age: number; tags?: number[]; author?: number; section?: number }) {
  const sectionId = section ?? (await db.section.create({ data: { slug: `s-${slug}`, name: slug, locale: 'ar' } })).id;
  return db.article.create({
    data: {
      locale: 'ar', slug, title: slug, body: '<p>x</p>', status: 'published', sectionId,
      publishedAt: new Date(Date.now() - age * DAY),
      tags: { create: tags.map((tagId) => ({ tagId })) },
      authors: author ? { create: [{ authorId: author, position: 0 }] } : undefined,
    },
  });
}

describe('listRelatedArticles', () => {
  it('ranks by shared tags, then a shared author, then the section; newest only breaks ties', async () => {
    const [budget, tax, rabat] = await Promise.all(
      ['budget', 'tax', 'rabat'].map((slug) => db.tag.create({ data: { slug: `rel-${slug}`, name: slug, locale: 'ar' } })),
    );
    const writer = await db.author.create({ data: { slug: 'rel-writer', name: 'كاتب' } });
    const other = await db.author.create({ data: { slug: 'rel-other', name: 'آخر' } });
    const home = await db.section.create({ data: { slug: 'rel-home', name: 'قسم', locale: 'ar' } });
    await write('rel-main', { age: 1, tags: [budget!.id, tax!.id, rabat!.id], author: writer.id, section: home.id });

    // Oldest first, so "newest first" would list them in exactly the wrong order.
    await write('rel-three-tags', { age: 30, tags: [budget!.id, tax!.id, rabat!.id], author: other.id });
    await write('rel-two-tags', { age: 20, tags: [budget!.id, tax!.id], author: other.id });
    await write('rel-one-tag-same-author', { age: 10, tags: [rabat!.id], author: writer.id });
    await write('rel-one-tag', { age: 5, tags: [tax!.id], author: other.id });
    await write('rel-same-author', { age: 3, author: writer.id });
    await write('rel-same-section', { age: 2, author: other.id, section: home.id });
    await write('rel-unrelated', { age: 0, author: other.id });

    const article = await getPublishedArticle('ar', 'rel-main');
    const related = await listRelatedArticles(article!, 6);
    expect(related.map((card) => card.slug)).toEqual([
      'rel-three-tags', 'rel-two-tags', 'rel-one-tag-same-author', 'rel-one-tag', 'rel-same-author', 'rel-same-section',
    ]);
  });

  it('fills with the section when nothing else relates, and never lists the article itself', async () => {
    const section = await db.section.create({ data: { slug: 'rel-lonely', name: 'وحيد', locale: 'ar' } });
    await write('rel-lonely-main', { age: 1, section: section.id });
    await write('rel-lonely-neighbour', { age: 2, section: section.id });
    const related = await listRelatedArticles((await getPublishedArticle('ar', 'rel-lonely-main'))!);
    expect(related.map((card) => card.slug)).toEqual(['rel-lonely-neighbour']);
  });
});
