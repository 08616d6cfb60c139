import 'server-only';
import { canEditArticle } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { getArticleSnapshot } from '@/lib/articles/snapshot';
import type { RevisionDetail, RevisionRow } from './types';

// Revisions are read by those who may edit the article.

async function mayRead(actor: SessionUser, articleId: number) {
  const snapshot = await getArticleSnapshot(articleId);
  return !!snapshot && canEditArticle(actor, snapshot);
}

export async function listRevisions(actor: SessionUser, articleId: number): Promise<RevisionRow[] | null> {
  if (!(await mayRead(actor, articleId))) return null;
  const rows = await db.revision.findMany({
    where: { articleId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 100,
    select: { id: true, createdAt: true, title: true, user: { select: { name: true } } },
  });
  return rows.map((row) => ({ id: row.id, createdAt: row.createdAt.toISOString(), title: row.title, user: row.user?.name ?? '' }));
}

export async function getRevision(actor: SessionUser, id: number): Promise<RevisionDetail | null> {
  const row = await db.revision.findUnique({
    where: { id },
    select: { id: true, articleId: true, createdAt: true, title: true, dek: true, body: true, user: { select: { name: true } } },
  });
  if (!row || !(await mayRead(actor, row.articleId))) return null;
  return { ...row, createdAt: row.createdAt.toISOString(), user: row.user?.name ?? '' };
}
