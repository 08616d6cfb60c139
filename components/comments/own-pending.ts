import type { PublicComment } from '@/lib/comments/types';

/**
 * The reader's own comments that await moderation. They are not public, so the server never puts
 * them in a page (the article is cached and shared by every reader): the browser that posted one
 * keeps it here and shows it to its writer alone, until it appears among the approved comments.
 */
export type OwnPendingComment = {
  key: string;
  articleId: number;
  parentId: number | null;
  authorName: string;
  body: string;
  createdAt: string;
  createdAtLabel: string;
};

export type ThreadComment = Omit<PublicComment, 'replies'> & { pending?: boolean; replies: ThreadComment[] };

const STORAGE_KEY = 'midad:own-pending-comments';
// A comment still unpublished after a week was most likely refused: stop showing it.
const KEEP_MS = 7 * 24 * 60 * 60 * 1000;

export function readOwnPending(articleId: number, now = Date.now()): OwnPendingComment[] {
  return readAll(now).filter((comment) => comment.articleId === articleId);
}

export function keepOwnPending(comment: OwnPendingComment, now = Date.now()) {
  writeAll([...readAll(now).filter((kept) => kept.key !== comment.key), comment]);
}

/** Forgets the comments that are now public (same writer, same text) or too old. */
export function forgetPublished(articleId: number, approved: PublicComment[], now = Date.now()) {
  const all = readAll(now);
  const left = all.filter((comment) => comment.articleId !== articleId || !isAmong(comment, approved));
  if (left.length !== all.length) writeAll(left);
}

/**
 * The page's approved comments with the reader's own pending ones: a reply under its parent when
 * the parent is on this page, anything else after the page's comments.
 */
export function withOwnPending(approved: PublicComment[], own: OwnPendingComment[]): ThreadComment[] {
  const thread: ThreadComment[] = approved.map((comment) => ({ ...comment }));
  for (const [index, comment] of own.entries()) {
    if (isAmong(comment, approved)) continue;
    // Negative ids: never a stored comment's, so never a reply target or an anchor.
    const shown: ThreadComment = { id: -1 - index, authorName: comment.authorName, body: comment.body, createdAt: comment.createdAt, createdAtLabel: comment.createdAtLabel, pending: true, replies: [] };
    const parent = thread.find((root) => root.id === comment.parentId || root.replies.some((reply) => reply.id === comment.parentId));
    if (parent) parent.replies = [...parent.replies, shown];
    else thread.push(shown);
  }
  return thread;
}

function isAmong(comment: OwnPendingComment, approved: PublicComment[]): boolean {
  return approved.some(
    (shown) => (shown.authorName === comment.authorName && shown.body === comment.body) || isAmong(comment, shown.replies),
  );
}

function readAll(now: number): OwnPendingComment[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as OwnPendingComment[]).filter((comment) => now - Date.parse(comment.createdAt) < KEEP_MS) : [];
  } catch {
    // Storage refused (private mode) or unreadable: nothing to show.
    return [];
  }
}

function writeAll(comments: OwnPendingComment[]) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(comments));
  } catch {
    // Storage full or refused: the comment is still stored on the server, only not shown here.
  }
}
