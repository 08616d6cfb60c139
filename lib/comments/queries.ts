import 'server-only';
import { publishedWhere } from '@/lib/articles/status';
import { canModerate } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/guard';
import type { SessionUser } from '@/lib/auth/roles';
import { TAGS, dependsOn } from '@/lib/cache/tags';
import { db } from '@/lib/db';
import { findCommentIdsForStaff } from '@/lib/search/staff';
import { COMMENT_LIMITS, COMMENT_SETTINGS } from './config';
import { publicSelect, queueSelect, toQueueComment, toThreads } from './mappers';
import type { CommentStatus } from './rules';
import type { CommentOrder, CommentThreadPage, QueueComment } from './types';

export type CommentableArticle = { id: number; locale: string; slug: string; title: string };

/** A published article readers may comment on, by its URL. */
export async function getCommentableArticle(locale: string, slug: string): Promise<CommentableArticle | null> {
  return db.article.findFirst({ where: { locale, slug, ...publishedWhere() }, select: { id: true, locale: true, slug: true, title: true } });
}

export async function getCommentableArticleById(id: number): Promise<CommentableArticle | null> {
  return db.article.findFirst({ where: { id, ...publishedWhere() }, select: { id: true, locale: true, slug: true, title: true } });
}

export async function countApprovedComments(articleId: number): Promise<number> {
  await dependsOn(TAGS.comments(articleId));
  return db.comment.count({ where: { articleId, status: 'approved' } });
}

/**
 * One page of approved threads: top-level comments in the reader's order, each with its approved
 * replies. An article with a thousand comments sends one page at a time.
 */
export async function listApprovedComments(
  article: { id: number; locale: string },
  page = 1,
  order: CommentOrder = 'oldest',
): Promise<CommentThreadPage> {
  const articleId = article.id;
  const where = { articleId, status: 'approved', parentId: null };
  const [count, rootCount] = await Promise.all([countApprovedComments(articleId), db.comment.count({ where })]);
  const pageCount = Math.max(1, Math.ceil(rootCount / COMMENT_LIMITS.pageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  const direction = order === 'newest' ? 'desc' : 'asc';
  const roots = await db.comment.findMany({
    where,
    select: publicSelect,
    orderBy: [{ createdAt: direction }, { id: direction }],
    skip: (current - 1) * COMMENT_LIMITS.pageSize,
    take: COMMENT_LIMITS.pageSize,
  });
  const replies = roots.length
    ? await db.comment.findMany({
        where: { articleId, status: 'approved', parentId: { in: roots.map((root) => root.id) } },
        select: publicSelect,
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      })
    : [];
  return { articleId, count, comments: toThreads(roots, replies, article.locale), page: current, pageCount, order };
}

/** An approved comment a reader may reply to; replies to a reply join its thread. */
export async function getReplyTarget(articleId: number, parentId: number): Promise<number | null> {
  const parent = await db.comment.findFirst({
    where: { id: parentId, articleId, status: 'approved' },
    select: { id: true, parentId: true },
  });
  return parent ? (parent.parentId ?? parent.id) : null;
}

export const QUEUE_PAGE_SIZE = 100;

/** One page of the queue in a status, optionally for one article or matching a search. */
export async function listModerationQueue(
  status: CommentStatus,
  page = 1,
  articleId?: number,
  q?: string,
): Promise<{ comments: QueueComment[]; pageCount: number }> {
  await requireUser(canModerate);
  const textIds = q?.trim() ? await findCommentIdsForStaff(q) : null;
  const where = { status, ...(articleId ? { articleId } : {}), ...(textIds ? { id: { in: textIds } } : {}) };
  const total = await db.comment.count({ where });
  const rows = await db.comment.findMany({
    where,
    select: queueSelect,
    orderBy: [{ createdAt: status === 'pending' ? 'asc' : 'desc' }, { id: 'asc' }],
    skip: (Math.max(1, page) - 1) * QUEUE_PAGE_SIZE,
    take: QUEUE_PAGE_SIZE,
  });
  return { comments: rows.map(toQueueComment), pageCount: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)) };
}

export async function countCommentsByStatus(): Promise<Record<CommentStatus, number>> {
  await requireUser(canModerate);
  const groups = await db.comment.groupBy({ by: ['status'], _count: { _all: true } });
  const counts: Record<CommentStatus, number> = { pending: 0, approved: 0, spam: 0, rejected: 0 };
  for (const group of groups) if (group.status in counts) counts[group.status as CommentStatus] = group._count._all;
  return counts;
}

export type CommentSettings = { autoApproveKnown: boolean; blockedWords: string };

/** Read without a permission check: the public submit path needs them too. */
export async function getCommentSettings(): Promise<CommentSettings> {
  const rows = await db.setting.findMany({
    where: { key: { in: [COMMENT_SETTINGS.autoApproveKnown, COMMENT_SETTINGS.blockedWords] } },
  });
  const value = (key: string) => rows.find((row) => row.key === key)?.value;
  return { autoApproveKnown: value(COMMENT_SETTINGS.autoApproveKnown) === 'true', blockedWords: value(COMMENT_SETTINGS.blockedWords) ?? '' };
}

/** Comments waiting for a moderator, for the dashboard and the navigation's badge; 0 for others. */
export async function countPendingComments(actor: SessionUser): Promise<number> {
  if (!canModerate(actor)) return 0;
  return db.comment.count({ where: { status: 'pending' } });
}
