import { beforeAll, describe, expect, it } from 'vitest';
import { listAdminArticles } from '@/lib/articles/editor/queries';
import { articleFilters } from '@/lib/articles/editor/schema';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { articleSearchFields, commentSearchText } from './document';
import { findCommentIdsForStaff } from './staff';

// The newsroom searches every status with the readers' engine and normalizer.
let editor: SessionUser;
let draftId = 0;
let frenchId = 0;
let commentId = 0;

beforeAll(async () => {
  const user = await db.user.create({ data: { email: 'ed@example.test', name: 'سلمى', role: 'editor', passwordHash: 'x' } });
  editor = { id: user.id, email: user.email, name: user.name, role: 'editor' };
  const ar = await db.section.create({ data: { slug: 'watan', name: 'وطن', locale: 'ar' } });
  const fr = await db.section.create({ data: { slug: 'maroc', name: 'Maroc', locale: 'fr' } });
  const write = (locale: string, sectionId: number, title: string, status: string) =>
    db.article.create({
      data: { locale, slug: `a-${title.length}-${locale}`, title, body: '<p>x</p>', status, sectionId,
        ...articleSearchFields({ locale, title, dek: '', body: '<p>x</p>' }) },
    });
  draftId = (await write('ar', ar.id, 'مسودة عن عبد اللطيف الحموشي', 'draft')).id;
  frenchId = (await write('fr', fr.id, 'Les élections régionales', 'review')).id;
  const published = await write('ar', ar.id, 'خبر منشور', 'published');
  commentId = (
    await db.comment.create({
      data: { articleId: published.id, authorName: 'قارئ', authorEmail: 'r@example.test', body: 'شكراً للأمن الوطني',
        searchText: commentSearchText('قارئ', 'شكراً للأمن الوطني'), idempotencyKey: 'k1' },
    })
  ).id;
});

describe('staff search', () => {
  it('finds a draft by a variant spelling, and a French article by its stem', async () => {
    const byDiacritics = await listAdminArticles(editor, articleFilters.parse({ q: 'الحَمُّوشِي' }));
    expect(byDiacritics.rows.map((row) => row.id)).toEqual([draftId]);
    const byStem = await listAdminArticles(editor, articleFilters.parse({ q: 'election' }));
    expect(byStem.rows.map((row) => row.id)).toEqual([frenchId]);
  });

  it('finds a pending comment by a prefixed word', async () => {
    expect(await findCommentIdsForStaff('الامن')).toEqual([commentId]);
    expect(await findCommentIdsForStaff('"لا يوجد"')).toEqual([]);
  });
});
