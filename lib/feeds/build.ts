import 'server-only';
import { absoluteUrl, crawlerPaths } from '@/lib/urls';
import { renderAtom } from './atom';
import { feedId, getFeedSubject, listFeedItems } from './queries';
import { renderRss } from './rss';
import type { FeedRequest } from './types';

/** The feed's words in its edition's language (from messages/<locale>.json, namespace Feeds). */
export type FeedLabels = {
  siteName: string;
  siteTitle: string;
  description: string;
  scopedTitle: (name: string) => string;
};

/** The feed document, or null when its section or author does not exist. */
export async function buildFeed(request: FeedRequest, labels: FeedLabels, now: Date = new Date()): Promise<string | null> {
  const { locale, scope, format } = request;
  const subject = await getFeedSubject(locale, scope);
  if (!subject) return null;
  const items = await listFeedItems(locale, scope, now);
  const selfPath = crawlerPaths.feed(locale, scope, format);
  const feed = {
    id: feedId(locale, scope),
    title: subject.name ? labels.scopedTitle(subject.name) : labels.siteTitle,
    publisher: labels.siteName,
    description: labels.description,
    language: locale,
    pageUrl: absoluteUrl(subject.pagePath),
    selfUrl: absoluteUrl(selfPath),
    // An empty feed still needs a date; the epoch would look broken, so the request time stands in.
    updatedAt: items.reduce<Date | null>((latest, item) => (!latest || item.updatedAt > latest ? item.updatedAt : latest), null) ?? now,
    items,
  };
  return format === 'rss' ? renderRss(feed) : renderAtom(feed);
}
