import { beforeAll, describe, expect, it } from 'vitest';
import { articleInput } from '@/lib/articles/editor/schema';
import { createArticle, saveArticle } from '@/lib/articles/editor/mutations';
import { moveArticle } from '@/lib/articles/publishing/workflow';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { searchArticles } from './queries';
import { parseSearchParams } from './schema';
import { findArticleIdsForStaff } from './staff';

// The index follows every article write made through the newsroom's own mutations, and readers
// only ever find what is live.
let sectionId = 0;
let editor: SessionUser;

const input = (title: string, body: string) =>
  articleInput.parse({ title, body: `<p>${body}</p>`, sectionId: String(sectionId) });
const readerIds = async (q: string, now = new Date()) =>
  (await searchArticles('ar', parseSearchParams({ q }), now)).hits.map((hit) => hit.id);

beforeAll(async () => {
  sectionId = (await db.section.create({ data: { slug: 'watan', name: 'وطن', locale: 'ar' } })).id;
  const user = await db.user.create({ data: { email: 'e@example.test', name: 'سلمى', role: 'editor', passwordHash: 'x' } });
  editor = { id: user.id, email: user.email, name: user.name, role: 'editor' };
});

describe('the search index follows the article', () => {
  it('through draft, publish, edit, unpublish, schedule and delete', async () => {
    const created = await createArticle(editor, input('مهرجان الزربية الأمازيغية', 'تعاونيات النسيج في تازناخت'));
    if (!created.ok) throw new Error(created.error);
    const id = created.id;

    // A draft: staff find it, readers do not.
    expect(await findArticleIdsForStaff('الزربية')).toContain(id);
    expect(await readerIds('الزربية')).toEqual([]);

    await moveArticle(editor, id, 'publish');
    expect(await readerIds('الزربية')).toEqual([id]);
    expect(await readerIds('تازناخت')).toEqual([id]);

    // An edit replaces the indexed words in the same write.
    const saved = await saveArticle(editor, id, input('مهرجان الزربية الأمازيغية', 'تعاونيات النسيج في ورزازات'));
    expect(saved.ok).toBe(true);
    expect(await readerIds('تازناخت')).toEqual([]);
    expect(await readerIds('بورزازات')).toEqual([id]);

    await moveArticle(editor, id, 'unpublish');
    expect(await readerIds('الزربية')).toEqual([]);
    expect(await findArticleIdsForStaff('الزربية')).toContain(id);

    const tomorrow = new Date(Date.now() + 86_400_000);
    await moveArticle(editor, id, 'schedule', tomorrow);
    expect(await readerIds('الزربية')).toEqual([]);
    expect(await readerIds('الزربية', new Date(tomorrow.getTime() + 1000))).toEqual([id]);

    await db.article.delete({ where: { id } });
    expect(await findArticleIdsForStaff('الزربية')).toEqual([]);
  });

  it('rolls back with the write that failed', async () => {
    await expect(
      db.$transaction(async (tx) => {
        await tx.article.create({ data: { locale: 'ar', slug: 'rollback', title: 'خبر الكسكس', body: '', searchTitle: 'كسكس', sectionId } });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await findArticleIdsForStaff('الكسكس')).toEqual([]);
  });

  it('indexes an article written without search terms by its title as written', async () => {
    const row = await db.article.create({
      data: { locale: 'ar', slug: 'raw', title: 'مراكش', body: '<p>x</p>', status: 'published', publishedAt: new Date(), sectionId },
    });
    expect(await readerIds('مراكش')).toEqual([row.id]);
  });
});
