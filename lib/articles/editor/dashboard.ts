import 'server-only';
import { canWriteArticles } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { ARTICLE_STATUSES } from '@/lib/articles/status';
import { scopeFor } from './queries';
import type { DashboardArticle, StatusCounts } from './types';

// The dashboard's "at a glance": what the actor may see of the newsroom, counted and listed
// with the same scope as the articles list (editors everything, writers their own).

const DASHBOARD_LIST_SIZE = 5;

export async function countArticlesByStatus(actor: SessionUser): Promise<StatusCounts> {
  const counts = Object.fromEntries(ARTICLE_STATUSES.map((status) => [status, 0])) as StatusCounts;
  if (!canWriteArticles(actor)) return counts;
  const groups = await db.article.groupBy({ by: ['status'], where: scopeFor(actor), _count: { _all: true } });
  for (const group of groups) if (group.status in counts) counts[group.status as keyof StatusCounts] = group._count._all;
  return counts;
}

const listSelect = { id: true, title: true, locale: true, updatedAt: true, publishedAt: true } as const;

const toDashboardArticle = (row: { id: number; title: string; locale: string; updatedAt: Date; publishedAt: Date | null }): DashboardArticle => ({
  id: row.id,
  title: row.title,
  locale: row.locale,
  updatedAt: row.updatedAt.toISOString(),
  publishedAt: row.publishedAt?.toISOString() ?? null,
});

export async function listRecentDrafts(actor: SessionUser): Promise<DashboardArticle[]> {
  if (!canWriteArticles(actor)) return [];
  const rows = await db.article.findMany({
    where: { AND: [scopeFor(actor), { status: 'draft' }] },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: DASHBOARD_LIST_SIZE,
    select: listSelect,
  });
  return rows.map(toDashboardArticle);
}

/** Scheduled articles, soonest first, with the time each goes live. */
export async function listScheduledArticles(actor: SessionUser): Promise<DashboardArticle[]> {
  if (!canWriteArticles(actor)) return [];
  const rows = await db.article.findMany({
    where: { AND: [scopeFor(actor), { status: 'scheduled' }] },
    orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
    take: DASHBOARD_LIST_SIZE * 2,
    select: listSelect,
  });
  return rows.map(toDashboardArticle);
}
