import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createNewsroom, type Newsroom } from '@/test/helpers/newsroom';
import { getPublishedArticle, getRedirectedSlug } from '@/lib/articles/queries';
import { articleInput, type ArticleInput } from './schema';
import { createArticle, restoreRevision, saveArticle } from './mutations';

let sectionId = 0;
let users: Newsroom['users'];

const input = (fields: Partial<Record<keyof ArticleInput, string>>): ArticleInput =>
  articleInput.parse({ title: 'عنوان', body: '<p>نص</p>', sectionId: String(sectionId), ...fields });

beforeAll(async () => {
  ({ sectionId, users } = await createNewsroom({ slug: 'watan', name: 'وطن' }));
});

describe('createArticle', () => {
  it('makes the slug from the Arabic title, unique, sanitizes the body and logs who did it', async () => {
    const first = await createArticle(users.author!, input({ title: 'الحكومة تعلن الميزانية', body: '<p onclick="x()">نص <script>bad()</script>Mixed English</p>' }));
    const second = await createArticle(users.author!, input({ title: 'الحكومة تعلن الميزانية' }));
    expect(first.ok && first.slug).toBe('الحكومة-تعلن-الميزانية');
    expect(second.ok && second.slug).toBe('الحكومة-تعلن-الميزانية-2');
    const row = await db.article.findUniqueOrThrow({ where: { id: first.ok ? first.id : 0 }, include: { authors: { include: { author: true } } } });
    expect(row.body).toBe('<p>نص Mixed English</p>');
    expect(row.status).toBe('draft');
    expect(row.authors.map(({ author }) => author.userId)).toEqual([users.author!.id]);
    expect(await db.auditLog.count({ where: { action: 'article.create', userId: users.author!.id } })).toBe(2);
    expect(await db.revision.count({ where: { articleId: row.id } })).toBe(1);
  });

  it('refuses a typed slug that is taken, and a moderator', async () => {
    await createArticle(users.editor!, input({ title: 'أ', slug: 'taken-slug' }));
    expect(await createArticle(users.editor!, input({ title: 'ب', slug: 'taken-slug' }))).toEqual({ ok: false, error: 'slugTaken' });
    const before = await db.article.count();
    expect(await createArticle(users.moderator!, input({ title: 'ج' }))).toEqual({ ok: false, error: 'forbidden' });
    expect(await db.article.count()).toBe(before);
  });
});

describe('saveArticle', () => {
  it("refuses another author's article and changes nothing", async () => {
    const mine = await createArticle(users.author!, input({ title: 'مقال كريم' }));
    if (!mine.ok) throw new Error('setup');
    const auditBefore = await db.auditLog.count();
    const result = await saveArticle(users.other!, mine.id, input({ title: 'مخترق' }));
    expect(result).toEqual({ ok: false, error: 'forbidden' });
    expect((await db.article.findUniqueOrThrow({ where: { id: mine.id } })).title).toBe('مقال كريم');
    expect(await db.auditLog.count()).toBe(auditBefore);
    // An editor may edit it, once the author's lock has gone stale or been taken over.
    await db.article.update({ where: { id: mine.id }, data: { lockedAt: new Date(Date.now() - 10 * 60_000) } });
    expect((await saveArticle(users.editor!, mine.id, input({ title: 'مقال محرر' }))).ok).toBe(true);
  });

  it('refuses a save while someone else holds the lock', async () => {
    const mine = await createArticle(users.author!, input({ title: 'مقفل' }));
    if (!mine.ok) throw new Error('setup');
    expect(await saveArticle(users.editor!, mine.id, input({ title: 'تغيير' }))).toEqual({ ok: false, error: 'locked' });
  });

  it('keeps the old slug as a redirect when the slug changes', async () => {
    const created = await createArticle(users.editor!, input({ title: 'خبر قديم' }));
    if (!created.ok) throw new Error('setup');
    await db.article.update({ where: { id: created.id }, data: { status: 'published', publishedAt: new Date(Date.now() - 1000) } });
    const saved = await saveArticle(users.editor!, created.id, input({ title: 'خبر جديد', slug: 'خبر-جديد' }));
    expect(saved.ok && saved.slug).toBe('خبر-جديد');
    expect(await getRedirectedSlug('ar', 'خبر-قديم')).toBe('خبر-جديد');
    expect((await getPublishedArticle('ar', 'خبر-جديد'))?.title).toBe('خبر جديد');
    // Another article cannot take the old address while it redirects.
    expect(await createArticle(users.editor!, input({ title: 'x', slug: 'خبر-قديم' }))).toEqual({ ok: false, error: 'slugTaken' });
  });

  it('autosaves a draft without a revision but never a live article', async () => {
    const created = await createArticle(users.editor!, input({ title: 'مسودة' }));
    if (!created.ok) throw new Error('setup');
    expect((await saveArticle(users.editor!, created.id, input({ title: 'مسودة ٢' }), { autosave: true })).ok).toBe(true);
    expect(await db.revision.count({ where: { articleId: created.id } })).toBe(1);
    await db.article.update({ where: { id: created.id }, data: { status: 'published', publishedAt: new Date() } });
    expect(await saveArticle(users.editor!, created.id, input({ title: 'حي' }), { autosave: true })).toEqual({ ok: false, error: 'live' });
    expect((await db.article.findUniqueOrThrow({ where: { id: created.id } })).title).toBe('مسودة ٢');
  });

  it('lets a contributor edit their draft only while it is a draft', async () => {
    const created = await createArticle(users.contributor!, input({ title: 'مساهمة' }));
    if (!created.ok) throw new Error('setup');
    expect((await saveArticle(users.contributor!, created.id, input({ title: 'مساهمة ٢' }))).ok).toBe(true);
    await db.article.update({ where: { id: created.id }, data: { status: 'review' } });
    expect(await saveArticle(users.contributor!, created.id, input({ title: 'مساهمة ٣' }))).toEqual({ ok: false, error: 'forbidden' });
  });
});

describe('restoreRevision', () => {
  it('puts an older version back as a new revision', async () => {
    const created = await createArticle(users.editor!, input({ title: 'النسخة الأولى', body: '<p>أول</p>' }));
    if (!created.ok) throw new Error('setup');
    await saveArticle(users.editor!, created.id, input({ title: 'النسخة الثانية', body: '<p>ثان</p>' }));
    const first = await db.revision.findFirstOrThrow({ where: { articleId: created.id }, orderBy: { id: 'asc' } });
    expect(await restoreRevision(users.other!, first.id)).toEqual({ ok: false, error: 'forbidden' });
    expect((await restoreRevision(users.editor!, first.id)).ok).toBe(true);
    const row = await db.article.findUniqueOrThrow({ where: { id: created.id } });
    expect([row.title, row.body]).toEqual(['النسخة الأولى', '<p>أول</p>']);
    expect(await db.revision.count({ where: { articleId: created.id } })).toBe(3);
    expect(await db.auditLog.count({ where: { action: 'article.restore', targetId: String(created.id) } })).toBe(1);
  });
});
