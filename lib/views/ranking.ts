import 'server-only';
import { publishedWhere } from '@/lib/articles/status';
import { db } from '@/lib/db';
import { HOUR_MS } from './config';
import type { MostViewedItem, RankedList, ViewWindow } from './types';

const WINDOW_HOURS: Record<Exclude<ViewWindow, 'all'>, number> = { day: 24, week: 7 * 24, month: 30 * 24 };
const LONGER: ViewWindow[] = ['day', 'week', 'month', 'all'];

/** The start of a window: buckets whose hour began at or after it belong to it. */
export function windowStart(window: Exclude<ViewWindow, 'all'>, now: Date): Date {
  return new Date(now.getTime() - WINDOW_HOURS[window] * HOUR_MS);
}

/** The most-viewed published articles of an edition within one window, most views first. */
export async function rankArticles(locale: string, window: ViewWindow, take: number, now = new Date()): Promise<MostViewedItem[]> {
  const visible = { locale, ...publishedWhere(now) };
  let ranked: { id: number; views: number }[];
  if (window === 'all') {
    const rows = await db.article.findMany({
      where: { ...visible, viewsTotal: { gt: 0 } },
      orderBy: [{ viewsTotal: 'desc' }, { id: 'desc' }],
      select: { id: true, viewsTotal: true },
      take,
    });
    ranked = rows.map((row) => ({ id: row.id, views: row.viewsTotal }));
  } else {
    const rows = await db.viewBucket.groupBy({
      by: ['articleId'],
      where: { hour: { gte: windowStart(window, now) }, article: { is: visible } },
      _sum: { count: true },
      orderBy: [{ _sum: { count: 'desc' } }, { articleId: 'desc' }],
      take,
    });
    ranked = rows.map((row) => ({ id: row.articleId, views: row._sum.count ?? 0 })).filter((row) => row.views > 0);
  }
  if (!ranked.length) return [];
  const articles = await db.article.findMany({
    where: { id: { in: ranked.map((row) => row.id) } },
    select: { id: true, slug: true, title: true },
  });
  const byId = new Map(articles.map((article) => [article.id, article]));
  return ranked.flatMap((row) => {
    const article = byId.get(row.id);
    return article ? [{ ...article, views: row.views }] : [];
  });
}

/** The asked window's ranking, or the next longer window's when it has no views yet. */
export async function rankWithFallback(locale: string, window: ViewWindow, take: number, now = new Date()): Promise<RankedList> {
  for (const candidate of LONGER.slice(LONGER.indexOf(window))) {
    const items = await rankArticles(locale, candidate, take, now);
    if (items.length) return { window: candidate, items };
  }
  return { window, items: [] };
}
