import 'server-only';
import { liveSql, publishedWhere } from '@/lib/articles/status';
import { db } from '@/lib/db';
import { rawParams } from '@/lib/db/raw-params';
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
    ranked = (await sumWindowViews(locale, windowStart(window, now), take, now)).filter((row) => row.views > 0);
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

/**
 * The views of an edition's visible articles since `since`, most first: the window's buckets are
 * summed from a range of the hour index, and each summed article is checked by one step into the
 * article index. Written by hand because both planners read far more with a join: SQLite walked
 * every live article of the edition (80,000 at archive scale) and probed each one's buckets, and
 * PostgreSQL hashed them all. A scalar subquery is run per article by both; the range's end,
 * now, keeps SQLite from taking an open-ended hour range for a quarter of the table.
 */
async function sumWindowViews(locale: string, since: Date, take: number, now: Date): Promise<{ id: number; views: number }[]> {
  const { params, bind } = rawParams();
  const rows = await db.$queryRawUnsafe<{ id: number | bigint; views: number | bigint }[]>(
    `SELECT w."articleId" AS "id", w."views" FROM (
       SELECT "articleId", SUM("count") AS "views" FROM "ViewBucket"
       WHERE "hour" >= ${bind(since)} AND "hour" <= ${bind(now)} GROUP BY "articleId"
     ) AS w
     WHERE (SELECT a."locale" FROM "Article" a WHERE a."id" = w."articleId"
              AND ${liveSql((name) => `a."${name}"`, bind, now)}) = ${bind(locale)}
     ORDER BY w."views" DESC, w."articleId" DESC
     LIMIT ${bind(take)}`,
    ...params,
  );
  return rows.map((row) => ({ id: Number(row.id), views: Number(row.views) }));
}

/** The asked window's ranking, or the next longer window's when it has no views yet. */
export async function rankWithFallback(locale: string, window: ViewWindow, take: number, now = new Date()): Promise<RankedList> {
  for (const candidate of LONGER.slice(LONGER.indexOf(window))) {
    const items = await rankArticles(locale, candidate, take, now);
    if (items.length) return { window: candidate, items };
  }
  return { window, items: [] };
}
