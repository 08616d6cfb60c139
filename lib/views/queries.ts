import 'server-only';
import { requireUser } from '@/lib/auth/guard';
import { getCacheBus } from '@/lib/cache/bus.mjs';
import { TAGS, dependsOn } from '@/lib/cache/tags';
import { canSeeStats } from '@/lib/auth/permissions';
import { viewsConfig } from './config';
import { rankArticles, rankWithFallback } from './ranking';
import { getViewStats, type ViewStats } from './stats';
import type { MostViewedTabs, MostViewedItem, ViewWindow } from './types';

const SIDEBAR_SIZE = 5;
// Per edition: the ranking and when it was read. Every page and the JSON endpoint share it, so
// a flood of readers costs one ranking query per edition per refresh interval.
const cached = new Map<string, { at: number; tabs: Promise<MostViewedTabs> }>();
// An unpublish or delete (on any instance) expires the most-viewed tag: the kept ranking goes with
// it, so the pages rendered right after cannot name the article again.
getCacheBus().subscribe((tags) => {
  if (tags.includes(TAGS.mostViewed)) cached.clear();
});
getCacheBus().onEverything(() => cached.clear());

/** The sidebar's tabs (24 hours, 7 days), at most MOST_VIEWED_REFRESH_SECONDS old. */
export async function listMostViewed(locale: string, now = Date.now()): Promise<MostViewedTabs> {
  await dependsOn(TAGS.mostViewed);
  const hit = cached.get(locale);
  if (hit && now - hit.at < viewsConfig.refreshMs) return hit.tabs;
  const tabs = Promise.all([
    rankWithFallback(locale, 'day', SIDEBAR_SIZE),
    rankWithFallback(locale, 'week', SIDEBAR_SIZE),
  ]).then(([day, week]) => ({ day, week }));
  cached.set(locale, { at: now, tabs });
  tabs.catch(() => cached.delete(locale));
  return tabs;
}

export type StaffTopRow = MostViewedItem & ViewStats;

/** For editors: the top articles of an edition in a window, each with its 24 h, 7 d and total views. */
export async function listTopArticlesForStaff(locale: string, window: ViewWindow, take = 20): Promise<StaffTopRow[]> {
  await requireUser(canSeeStats);
  const items = await rankArticles(locale, window, take);
  const stats = await getViewStats(items.map((item) => item.id));
  return items.map((item) => ({ ...item, ...stats.get(item.id)! }));
}
