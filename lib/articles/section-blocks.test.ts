import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { listSections } from '@/lib/sections/queries';
import { seedDemoContent } from '@/prisma/demo/seed-content';
import { listSectionArticles } from './queries';
import { listSectionBlocks } from './section-blocks';

beforeAll(async () => {
  await seedDemoContent(db);
});

describe('listSectionBlocks', () => {
  it("gives every section its four newest published articles, as the section's own first page does", async () => {
    const blocks = await listSectionBlocks('ar', 4);
    const sections = await listSections('ar');
    expect(sections.length).toBeGreaterThan(3);
    for (const section of sections) {
      const page = await listSectionArticles('ar', section.slug, 1);
      expect((blocks.get(section.slug) ?? []).map((card) => card.id)).toEqual(page.items.slice(0, 4).map((card) => card.id));
    }
  });

  it('leaves out drafts and articles scheduled for later', async () => {
    const section = await db.section.findFirstOrThrow({ where: { locale: 'ar' } });
    const base = { locale: 'ar', body: '<p>x</p>', sectionId: section.id };
    const draft = await db.article.create({ data: { ...base, slug: 'block-draft', title: 'مسودة', status: 'draft', publishedAt: new Date() } });
    const later = await db.article.create({
      data: { ...base, slug: 'block-later', title: 'لاحقا', status: 'scheduled', publishedAt: new Date(Date.now() + 3_600_000) },
    });
    const ids = [...(await listSectionBlocks('ar', 4)).values()].flat().map((card) => card.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(later.id);
  });
});
