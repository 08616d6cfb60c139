import 'server-only';
import { db } from '@/lib/db';

export type ViewStats = { day: number; week: number; total: number };

const HOUR = 3_600_000;

/** Views per article in the last 24 hours, 7 days and all time, from the hourly buckets. */
export async function getViewStats(articleIds: number[], now = new Date()): Promise<Map<number, ViewStats>> {
  const stats = new Map<number, ViewStats>(articleIds.map((id) => [id, { day: 0, week: 0, total: 0 }]));
  if (!articleIds.length) return stats;
  const weekAgo = new Date(now.getTime() - 7 * 24 * HOUR);
  const dayAgo = new Date(now.getTime() - 24 * HOUR);
  const [totals, buckets] = await Promise.all([
    db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, viewsTotal: true } }),
    db.viewBucket.findMany({
      where: { articleId: { in: articleIds }, hour: { gte: weekAgo } },
      select: { articleId: true, hour: true, count: true },
    }),
  ]);
  for (const row of totals) stats.get(row.id)!.total = row.viewsTotal;
  for (const bucket of buckets) {
    const entry = stats.get(bucket.articleId)!;
    entry.week += bucket.count;
    if (bucket.hour >= dayAgo) entry.day += bucket.count;
  }
  return stats;
}
