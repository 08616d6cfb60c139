import 'server-only';
import { getArticleSnapshot } from './access';
import { revalidateArticleChange } from './revalidate';

/** Refreshes the pages of an article whose scheduled time has come (nothing if it is not live). */
export async function refreshDueArticle(id: number): Promise<string[]> {
  const snapshot = await getArticleSnapshot(id);
  if (!snapshot) return [];
  return revalidateArticleChange(null, snapshot);
}
