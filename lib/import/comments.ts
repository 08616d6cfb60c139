import { createHash } from 'node:crypto';
import { bodyToText } from '@/lib/articles/sanitize';
import type { ImportContext, Tx } from './context';
import { wpInstant } from './dates';
import { count, note } from './report';
import { childrenNamed, textOf, type XmlNode } from './xml-tree';

// Comments keep their thread, author, date and moderation state. The product shows two levels
// (a comment and its replies), so a reply at any depth hangs under its top-level ancestor.

export type WpComment = {
  wpId: number;
  parent: number;
  type: string;
  author: string;
  email: string;
  body: string;
  approved: string;
  local: string;
  gmt: string;
};

export function readComments(item: XmlNode): WpComment[] {
  return childrenNamed(item, 'wp:comment')
    .map((node) => ({
      wpId: Number(textOf(node, 'wp:comment_id')),
      parent: Number(textOf(node, 'wp:comment_parent') || 0),
      type: textOf(node, 'wp:comment_type'),
      author: textOf(node, 'wp:comment_author'),
      email: textOf(node, 'wp:comment_author_email').toLowerCase(),
      body: textOf(node, 'wp:comment_content'),
      approved: textOf(node, 'wp:comment_approved'),
      local: textOf(node, 'wp:comment_date'),
      gmt: textOf(node, 'wp:comment_date_gmt'),
    }))
    .filter((comment) => Number.isInteger(comment.wpId) && comment.wpId > 0)
    .sort((a, b) => a.wpId - b.wpId);
}

/** approved → approved, pending → pending, spam and trash → rejected. */
export function commentStatus(approved: string): 'approved' | 'pending' | 'rejected' {
  if (approved === '1' || approved === 'approve') return 'approved';
  if (approved === '0' || approved === 'hold') return 'pending';
  return 'rejected';
}

export const isPing = (comment: WpComment) => comment.type === 'pingback' || comment.type === 'trackback';

/** The comment's key in the product: its idempotency key, stable across runs of the same site. */
export function commentKey(source: string, wpId: number): string {
  return `wp-${createHash('sha256').update(source).digest('hex').slice(0, 12)}-${wpId}`;
}

type Post = { articleId: number; wpId: string; title: string; fallbackDate: Date; isNew: boolean };

/** Counts what a run would do with the comments (dry run, or an unchanged post). */
export function tallyComments(context: ImportContext, comments: WpComment[], post: Omit<Post, 'articleId'>, outcome: 'imported' | 'updated' | 'unchanged') {
  for (const comment of comments) {
    if (isPing(comment)) {
      count(context.report, 'comment', 'skipped');
      if (outcome !== 'unchanged') note(context.report, { kind: 'comment', id: String(comment.wpId), title: post.title, reason: 'pingback' });
    } else count(context.report, 'comment', outcome);
  }
}

export async function writeComments(tx: Tx, context: ImportContext, comments: WpComment[], post: Post): Promise<void> {
  // wp id → the product id of the top-level comment it belongs under
  const roots = new Map<number, number>();
  const byId = new Map(comments.map((comment) => [comment.wpId, comment]));
  tallyComments(context, comments, post, post.isNew ? 'imported' : 'updated');
  for (const comment of comments) {
    if (isPing(comment)) continue;
    const date = wpInstant(comment.local, comment.gmt, context.offsetMinutes);
    const createdAt = date === 'invalid' ? post.fallbackDate : date;
    const status = commentStatus(comment.approved);
    const parentWp = byId.get(comment.parent);
    const parentId = parentWp && !isPing(parentWp) ? (roots.get(parentWp.wpId) ?? null) : null;
    const data = {
      articleId: post.articleId,
      parentId,
      authorName: comment.author.slice(0, 200) || '—',
      authorEmail: comment.email.slice(0, 254),
      body: bodyToText(comment.body),
      status,
      createdAt,
      approvedAt: status === 'approved' ? createdAt : null,
    };
    const idempotencyKey = commentKey(context.source, comment.wpId);
    const row = await tx.comment.upsert({ where: { idempotencyKey }, create: { ...data, idempotencyKey }, update: data, select: { id: true } });
    roots.set(comment.wpId, parentId ?? row.id);
  }
}
