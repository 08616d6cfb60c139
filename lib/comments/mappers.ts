import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { formatDateTime } from '@/lib/utils/dates';
import type { CommentStatus } from './rules';
import type { PublicComment, QueueComment } from './types';

export const publicSelect = { id: true, parentId: true, authorName: true, body: true, createdAt: true } as const;

type PublicRow = { id: number; parentId: number | null; authorName: string; body: string; createdAt: Date };

/** Top-level comments in the given order, each with its replies oldest first. */
export function toThreads(roots: PublicRow[], replies: PublicRow[], locale: string): PublicComment[] {
  const edition = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const toPublic = (row: PublicRow): PublicComment => {
    const createdAt = row.createdAt.toISOString();
    return { id: row.id, authorName: row.authorName, body: row.body, createdAt, createdAtLabel: formatDateTime(edition, createdAt), replies: [] };
  };
  const byParent = new Map<number, PublicComment[]>();
  for (const reply of replies) {
    const list = byParent.get(reply.parentId!) ?? [];
    list.push(toPublic(reply));
    byParent.set(reply.parentId!, list);
  }
  return roots.map((root) => ({ ...toPublic(root), replies: byParent.get(root.id) ?? [] }));
}

export const queueSelect = {
  id: true,
  authorName: true,
  authorEmail: true,
  body: true,
  status: true,
  createdAt: true,
  parentId: true,
  networkHash: true,
  article: { select: { id: true, title: true, slug: true, locale: true } },
} as const;

export function toQueueComment(row: {
  id: number;
  authorName: string;
  authorEmail: string;
  body: string;
  status: string;
  createdAt: Date;
  parentId: number | null;
  networkHash: string;
  article: QueueComment['article'];
}): QueueComment {
  return { ...row, status: row.status as CommentStatus, createdAt: row.createdAt.toISOString() };
}
