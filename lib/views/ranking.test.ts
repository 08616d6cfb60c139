import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createArticles } from '@/test/helpers/views';
import { HOUR_MS, hourOf } from './config';
import { rankArticles, rankWithFallback } from './ranking';
import { getViewStats } from './stats';

const now = new Date('2030-06-15T12:30:00Z');
const hoursAgo = (hours: number) => hourOf(new Date(now.getTime() - hours * HOUR_MS));
let a: number, b: number, c: number, draft: number, french: number;

/** Views in hourly buckets `hours` ago, added to the article's total as the writer does. */
async function addViews(articleId: number, hours: number, count: number) {
  await db.viewBucket.create({ data: { articleId, hour: hoursAgo(hours), count } });
  await db.article.update({ where: { id: articleId }, data: { viewsTotal: { increment: count } } });
}

beforeAll(async () => {
  const ar = await createArticles(3);
  [a, b, c] = ar.published.map((article) => article.id) as [number, number, number];
  draft = ar.draft.id;
  french = (await createArticles(1, 'fr')).published[0]!.id;
  await addViews(a, 1, 5); // A: 5 today, 50 this week
  await addViews(a, 100, 45);
  await addViews(b, 0, 8); // B: 8 today
  await addViews(c, 24 * 20, 500); // C: 500 twenty days ago
  await addViews(draft, 0, 900); // never listed
  await addViews(french, 0, 700); // another edition
});

describe('rankArticles', () => {
  it('ranks by the views inside each window, within the edition, published only', async () => {
    const ranked = async (window: 'day' | 'week' | 'month' | 'all') =>
      (await rankArticles('ar', window, 5, now)).map((item) => [item.id, item.views]);
    expect(await ranked('day')).toEqual([[b, 8], [a, 5]]);
    expect(await ranked('week')).toEqual([[a, 50], [b, 8]]);
    expect(await ranked('month')).toEqual([[c, 500], [a, 50], [b, 8]]);
    expect(await ranked('all')).toEqual([[c, 500], [a, 50], [b, 8]]);
    expect((await rankArticles('fr', 'day', 5, now)).map((item) => item.id)).toEqual([french]);
  });

  it('carries slug and title for the links', async () => {
    const [first] = await rankArticles('ar', 'day', 1, now);
    const row = await db.article.findUniqueOrThrow({ where: { id: b } });
    expect(first).toEqual({ id: b, slug: row.slug, title: row.title, views: 8 });
  });
});

describe('rankWithFallback', () => {
  it('falls back to the next longer window when a window is empty', async () => {
    const later = new Date(now.getTime() + 3 * 24 * HOUR_MS); // nothing in the last 24 h by then
    const day = await rankWithFallback('ar', 'day', 5, later);
    expect(day.window).toBe('week');
    // By then A's 45 older views have left the week too: B's 8 lead A's 5.
    expect(day.items.map((item) => [item.id, item.views])).toEqual([[b, 8], [a, 5]]);
    const muchLater = new Date(now.getTime() + 200 * 24 * HOUR_MS);
    const week = await rankWithFallback('ar', 'week', 5, muchLater);
    expect(week.window).toBe('all');
    expect(week.items[0]?.id).toBe(c);
    expect(await rankWithFallback('en', 'day', 5, now)).toEqual({ window: 'day', items: [] });
  });
});

describe('getViewStats', () => {
  it('gives 24 h, 7 d and all-time views per article, zeros for the unviewed', async () => {
    const stats = await getViewStats([a, b, c, 424242], now);
    expect(Object.fromEntries(stats)).toEqual({
      [a]: { day: 5, week: 50, total: 50 },
      [b]: { day: 8, week: 8, total: 8 },
      [c]: { day: 0, week: 0, total: 500 },
      424242: { day: 0, week: 0, total: 0 },
    });
  });
});
