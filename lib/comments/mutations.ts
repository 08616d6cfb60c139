import 'server-only';
import { canModerate } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/guard';
import { db } from '@/lib/db';
import { COMMENT_SETTINGS } from './config';
import type { ModerationAction } from './schema';

type TouchedArticle = { id: number; locale: string; slug: string };

async function articlesOf(ids: number[]): Promise<TouchedArticle[]> {
  const rows = await db.comment.findMany({
    where: { id: { in: ids } },
    select: { article: { select: { id: true, locale: true, slug: true } } },
  });
  const unique = new Map(rows.map((row) => [`${row.article.locale}/${row.article.slug}`, row.article]));
  return [...unique.values()];
}

async function audit(userId: number, action: string, targetId: string, detail = '') {
  await db.auditLog.create({ data: { userId, action, targetType: 'comment', targetId, detail } });
}

/** Approve, reject, mark as spam or delete many comments at once. Returns the articles to refresh. */
export async function moderateComments(ids: number[], action: ModerationAction): Promise<TouchedArticle[]> {
  const user = await requireUser(canModerate);
  const touched = await articlesOf(ids);
  if (action === 'delete') {
    await db.comment.deleteMany({ where: { id: { in: ids } } });
  } else if (action === 'approve') {
    // approvedAt keeps the first approval, so re-approving does not reorder anything.
    await db.$transaction([
      db.comment.updateMany({ where: { id: { in: ids }, approvedAt: null }, data: { approvedAt: new Date() } }),
      db.comment.updateMany({ where: { id: { in: ids } }, data: { status: 'approved' } }),
    ]);
  } else {
    await db.comment.updateMany({ where: { id: { in: ids } }, data: { status: action === 'spam' ? 'spam' : 'rejected' } });
  }
  await audit(user.id, `comment.${action}`, ids.join(','));
  return touched;
}

/** A moderator's correction of a comment's name or text (already validated). */
export async function editComment(id: number, authorName: string, body: string): Promise<TouchedArticle[]> {
  const user = await requireUser(canModerate);
  // A comment deleted meanwhile (or an id that never existed) is nothing to edit.
  const { count } = await db.comment.updateMany({ where: { id }, data: { authorName, body } });
  if (count === 0) return [];
  await audit(user.id, 'comment.edit', String(id));
  return articlesOf([id]);
}

/**
 * Blocks the e-mail or the network a comment came from: later comments from it are spam, and
 * what it has waiting in the queue goes to spam now.
 */
export async function blockCommentSource(id: number, kind: 'email' | 'network'): Promise<void> {
  const user = await requireUser(canModerate);
  const comment = await db.comment.findUnique({ where: { id }, select: { authorEmail: true, networkHash: true } });
  if (!comment) return;
  const value = kind === 'email' ? comment.authorEmail : comment.networkHash;
  if (!value) return;
  await db.commentBlock.upsert({ where: { kind_value: { kind, value } }, create: { kind, value }, update: {} });
  const where = kind === 'email' ? { authorEmail: value } : { networkHash: value };
  await db.comment.updateMany({ where: { ...where, status: 'pending' }, data: { status: 'spam' } });
  await audit(user.id, `comment.block-${kind}`, String(id));
}

export async function saveCommentSettings(autoApproveKnown: boolean, blockedWords: string): Promise<void> {
  const user = await requireUser(canModerate);
  const entries = [
    { key: COMMENT_SETTINGS.autoApproveKnown, value: String(autoApproveKnown) },
    { key: COMMENT_SETTINGS.blockedWords, value: blockedWords },
  ];
  await db.$transaction(entries.map(({ key, value }) => db.setting.upsert({ where: { key }, create: { key, value }, update: { value } })));
  await audit(user.id, 'comment.settings', 'settings');
}
