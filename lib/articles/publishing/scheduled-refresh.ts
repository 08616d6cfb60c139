import 'server-only';
import { after } from 'next/server';
import { db } from '@/lib/db';
import { getArticleSnapshot } from '@/lib/articles/snapshot';
import { revalidateArticleChange } from './revalidate';
import { markAnnounced } from './scheduler-poll';
import { warmPages } from './warm';

/**
 * Refreshes the pages of an article whose scheduled time has come (nothing if it is not live),
 * records it as announced for that time, then renders the main ones once the refresh has been
 * recorded, so readers find them ready.
 */
export async function refreshDueArticle(id: number): Promise<string[]> {
  const snapshot = await getArticleSnapshot(id);
  if (!snapshot) return [];
  const { all, main } = await revalidateArticleChange(null, snapshot);
  if (snapshot.status === 'scheduled' && snapshot.publishedAt) await markAnnounced(db, id, snapshot.publishedAt);
  if (main.length) after(() => warmPages(main));
  return all;
}
