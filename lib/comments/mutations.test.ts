import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { commentInput, createPublishedArticle, freshAddress } from '@/test/helpers/comments';

// The data layer re-checks the signed-in user itself; the session is the only thing faked here.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));

const { blockCommentSource, editComment, moderateComments, saveCommentSettings } = await import('./mutations');
const { countCommentsByStatus, listApprovedComments, listModerationQueue } = await import('./queries');
const { submitComment } = await import('./submit');

const moderator: SessionUser = { id: 0, email: 'mod@example.ma', name: 'مشرف', role: 'moderator' };
const ua = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36';
let articleId: number;

async function post(overrides = {}) {
  const result = await submitComment(commentInput(articleId, overrides), { address: freshAddress(), userAgent: ua });
  if (!result.ok || !result.id) throw new Error('not stored');
  return result.id;
}

beforeAll(async () => {
  articleId = (await createPublishedArticle()).id;
  const user = await db.user.create({ data: { email: moderator.email, name: moderator.name, role: 'moderator', passwordHash: 'x' } });
  moderator.id = user.id;
});

beforeEach(() => {
  session.user = moderator;
});

describe('moderation', () => {
  it('is refused to readers and to roles that do not moderate', async () => {
    const id = await post();
    for (const user of [null, { ...moderator, role: 'author' as const }, { ...moderator, role: 'contributor' as const }]) {
      session.user = user;
      await expect(moderateComments([id], 'approve')).rejects.toThrow('forbidden');
      await expect(listModerationQueue('pending')).rejects.toThrow('forbidden');
      await expect(blockCommentSource(id, 'email')).rejects.toThrow('forbidden');
    }
    expect((await db.comment.findUniqueOrThrow({ where: { id } })).status).toBe('pending');
  });

  it('approves, rejects, marks spam and deletes in bulk; approval publishes and stamps the time', async () => {
    const ids = [await post(), await post(), await post()];
    const before = (await listApprovedComments({ id: articleId, locale: 'ar' })).count;
    const touched = await moderateComments(ids, 'approve');
    expect(touched).toHaveLength(1);
    expect((await listApprovedComments({ id: articleId, locale: 'ar' })).count).toBe(before + 3);
    const rows = await db.comment.findMany({ where: { id: { in: ids } } });
    expect(rows.every((row) => row.status === 'approved' && row.approvedAt)).toBe(true);

    await moderateComments(ids.slice(0, 1), 'reject');
    await moderateComments(ids.slice(1, 2), 'spam');
    await moderateComments(ids.slice(2), 'delete');
    expect((await db.comment.findUniqueOrThrow({ where: { id: ids[0] } })).status).toBe('rejected');
    expect((await db.comment.findUniqueOrThrow({ where: { id: ids[1] } })).status).toBe('spam');
    expect(await db.comment.findUnique({ where: { id: ids[2] } })).toBeNull();
    expect(await db.auditLog.count({ where: { userId: moderator.id, action: 'comment.approve' } })).toBeGreaterThan(0);
  });

  it('edits a comment and counts the queue by status', async () => {
    const id = await post();
    await editComment(id, 'اسم مصحح', 'نص مصحح');
    expect(await db.comment.findUniqueOrThrow({ where: { id } })).toMatchObject({ authorName: 'اسم مصحح', body: 'نص مصحح' });
    const counts = await countCommentsByStatus();
    expect(counts.pending).toBe(await db.comment.count({ where: { status: 'pending' } }));
    const queue = await listModerationQueue('pending');
    expect(queue.comments.map((comment) => comment.id)).toContain(id);
  });

  it('blocking an e-mail sends its waiting comments to spam and its later ones too', async () => {
    const email = 'blocked-later@example.ma';
    const first = await post({ email });
    await blockCommentSource(first, 'email');
    expect((await db.comment.findUniqueOrThrow({ where: { id: first } })).status).toBe('spam');
    await db.rateLimit.deleteMany({}); // the 15-second rule for this e-mail is not what is tested here
    const later = await submitComment(commentInput(articleId, { email }), { address: freshAddress(), userAgent: ua });
    expect(later.ok && later.status).toBe('spam');
  });

  it('saves the rules the submit path reads', async () => {
    await saveCommentSettings(false, 'كلمة سيئة');
    const result = await submitComment(commentInput(articleId, { body: 'هذه كلمةٌ سيّئة' }), { address: freshAddress(), userAgent: ua });
    expect(result.ok && result.status).toBe('spam');
  });
});
