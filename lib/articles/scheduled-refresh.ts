import 'server-only';
import { after } from 'next/server';
import { getArticleSnapshot } from './access';
import { revalidateArticleChange } from './revalidate';
import { warmPages } from './warm';

/**
 * Refreshes the pages of an article whose scheduled time has come (nothing if it is not live),
 * then renders the main ones once the refresh has been recorded, so readers find them ready.
 */
export async function refreshDueArticle(id: number): Promise<string[]> {
  const snapshot = await getArticleSnapshot(id);
  if (!snapshot) return [];
  const { all, main } = await revalidateArticleChange(null, snapshot);
  if (main.length) after(() => warmPages(main));
  return all;
}
