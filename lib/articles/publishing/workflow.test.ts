import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { createNewsroom, type Newsroom } from '@/test/helpers/newsroom';
import { getPublishedArticle } from '@/lib/articles/queries';
import { articleInput } from '@/lib/articles/editor/schema';
import { acquireLock, releaseLock, takeOverLock } from '@/lib/articles/editor/locks';
import { createArticle, saveArticle } from '@/lib/articles/editor/mutations';
import { moveArticle } from './workflow';

let sectionId = 0;
let users: Newsroom['users'];

async function draft(actor: SessionUser, title: string) {
  const result = await createArticle(actor, articleInput.parse({ title, body: '<p>نص</p>', sectionId: String(sectionId) }));
  if (!result.ok) throw new Error('setup');
  await db.article.update({ where: { id: result.id }, data: { lockedById: null, lockedAt: null } });
  return result;
}

beforeAll(async () => {
  ({ sectionId, users } = await createNewsroom({ slug: 'alam', name: 'عالم' }));
});

describe('moveArticle', () => {
  it('takes a contribution through review to published and back out', async () => {
    const article = await draft(users.contributor!, 'مساهمة للنشر');
    expect(await moveArticle(users.contributor!, article.id, 'publish')).toEqual({ ok: false, error: 'forbidden' });
    expect((await moveArticle(users.contributor!, article.id, 'submit')).ok).toBe(true);
    expect((await moveArticle(users.editor!, article.id, 'publish')).ok).toBe(true);
    expect((await getPublishedArticle('ar', article.slug))?.title).toBe('مساهمة للنشر');
    expect((await moveArticle(users.editor!, article.id, 'unpublish')).ok).toBe(true);
    expect(await getPublishedArticle('ar', article.slug)).toBeNull();
    const actions = await db.auditLog.findMany({ where: { targetId: String(article.id) }, orderBy: { id: 'asc' }, select: { action: true } });
    expect(actions.map((row) => row.action)).toEqual(['article.create', 'article.submit', 'article.publish', 'article.unpublish']);
  });

  it("refuses an author publishing someone else's article, with nothing changed", async () => {
    const article = await draft(users.author!, 'ليس لك');
    expect(await moveArticle(users.other!, article.id, 'publish')).toEqual({ ok: false, error: 'forbidden' });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe('draft');
    expect((await moveArticle(users.author!, article.id, 'publish')).ok).toBe(true);
  });

  it('schedules only in the future, and the article is live once its time has come', async () => {
    const article = await draft(users.editor!, 'مجدول');
    const now = new Date();
    expect(await moveArticle(users.editor!, article.id, 'schedule', new Date(now.getTime() - 1000))).toEqual({ ok: false, error: 'publishAt' });
    const at = new Date(now.getTime() + 60_000);
    expect((await moveArticle(users.editor!, article.id, 'schedule', at, now)).ok).toBe(true);
    expect(await getPublishedArticle('ar', article.slug)).toBeNull();
    await db.article.update({ where: { id: article.id }, data: { publishedAt: new Date(Date.now() - 1) } });
    expect((await getPublishedArticle('ar', article.slug))?.title).toBe('مجدول');
  });

  it('refuses a transition that does not start from the current status', async () => {
    const article = await draft(users.editor!, 'مسودة فقط');
    expect(await moveArticle(users.editor!, article.id, 'unpublish')).toEqual({ ok: false, error: 'transition' });
  });
});

describe('locks', () => {
  it('lets one editor at a time in, with a take-over the other one notices', async () => {
    const article = await draft(users.author!, 'مقال مقفل');
    expect(await acquireLock(users.author!, article.id)).toEqual({ ok: true });
    const held = await acquireLock(users.editor!, article.id);
    expect(held.ok === false && held.error === 'held' && held.holder.name).toBe('كريم');
    expect(await acquireLock(users.other!, article.id)).toEqual({ ok: false, error: 'forbidden' });
    expect(await takeOverLock(users.editor!, article.id)).toEqual({ ok: true });
    const input = articleInput.parse({ title: 'بعد الاستيلاء', sectionId: String(sectionId) });
    // The author's next save is refused; the editor's goes through.
    expect(await saveArticle(users.author!, article.id, input)).toEqual({ ok: false, error: 'locked' });
    expect((await saveArticle(users.editor!, article.id, input)).ok).toBe(true);
    expect(await db.auditLog.count({ where: { action: 'article.takeover', targetId: String(article.id) } })).toBe(1);
  });

  it('is not an edit: taking, taking over and releasing a lock leave the modification time alone', async () => {
    const article = await draft(users.author!, 'قفل لا يعدل');
    const before = (await db.article.findUniqueOrThrow({ where: { id: article.id } })).updatedAt;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await acquireLock(users.author!, article.id);
    await takeOverLock(users.editor!, article.id);
    await releaseLock(users.editor!, article.id);
    const after = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(after.updatedAt.toISOString()).toBe(before.toISOString());
    expect(after.lockedById).toBeNull();
  });

  it('frees a lock nobody renewed', async () => {
    const article = await draft(users.author!, 'قفل قديم');
    await acquireLock(users.author!, article.id, new Date(Date.now() - 5 * 60_000));
    expect(await acquireLock(users.editor!, article.id)).toEqual({ ok: true });
  });
});
