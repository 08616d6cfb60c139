import { createHash } from 'node:crypto';
import { bodyToText } from '@/lib/articles/sanitize';
import { commentSearchText } from '@/lib/search/document';
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

/** Counts what a run would do with the comments (dry run, or an unchanged post). */
export function tallyComments(context: ImportContext, comments: WpComment[], post: { title: string }, outcome: 'imported' | 'updated' | 'unchanged') {
  for (const comment of comments) {
    if (isPing(comment)) {
      count(context.report, 'comment', 'skipped');
      if (outcome !== 'unchanged') note(context.report, { kind: 'comment', id: String(comment.wpId), title: post.title, reason: 'pingback' });
    } else count(context.report, 'comment', outcome);
  }
}

export type PlannedComment = {
  idempotencyKey: string;
  /** The key of the top-level comment it hangs under; null for a top-level comment. */
  rootKey: string | null;
  data: { authorName: string; authorEmail: string; body: string; searchText: string; status: string; createdAt: Date; approvedAt: Date | null };
};

/** The rows a post's comments become, each reply pointing at its top-level ancestor. */
export function planComments(context: ImportContext, comments: WpComment[], fallbackDate: Date): PlannedComment[] {
  const rootOf = new Map<number, string>();
  const byId = new Map(comments.map((comment) => [comment.wpId, comment]));
  const planned: PlannedComment[] = [];
  for (const comment of comments) {
    if (isPing(comment)) continue;
    const date = wpInstant(comment.local, comment.gmt, context.offsetMinutes);
    const createdAt = date === 'invalid' ? fallbackDate : date;
    const status = commentStatus(comment.approved);
    const parent = byId.get(comment.parent);
    const rootKey = parent && !isPing(parent) ? (rootOf.get(parent.wpId) ?? null) : null;
    const idempotencyKey = commentKey(context.source, comment.wpId);
    rootOf.set(comment.wpId, rootKey ?? idempotencyKey);
    const authorName = comment.author.slice(0, 200) || '—';
    const body = bodyToText(comment.body);
    planned.push({
      idempotencyKey,
      rootKey,
      data: {
        authorName,
        authorEmail: comment.email.slice(0, 254),
        body,
        searchText: commentSearchText(authorName, body),
        status,
        createdAt,
        approvedAt: status === 'approved' ? createdAt : null,
      },
    });
  }
  return planned;
}

/** A post imported before: its comments are matched by key, updated or added. */
export async function upsertComments(tx: Tx, articleId: number, planned: PlannedComment[]): Promise<void> {
  const ids = new Map<string, number>();
  for (const comment of planned) {
    const data = { ...comment.data, articleId, parentId: comment.rootKey ? (ids.get(comment.rootKey) ?? null) : null };
    const row = await tx.comment.upsert({
      where: { idempotencyKey: comment.idempotencyKey },
      create: { ...data, idempotencyKey: comment.idempotencyKey },
      update: data,
      select: { id: true },
    });
    ids.set(comment.idempotencyKey, row.id);
  }
}
