import 'server-only';
import type { ArticleSnapshot } from './access';
import { revalidateArticleChange } from './revalidate';
import { cancelRefresh, scheduleRefresh } from './scheduler';

/** After a write: refresh the public pages it changed and (re-)arm or cancel its scheduled refresh. */
export async function afterArticleWrite(before: ArticleSnapshot | null, after: ArticleSnapshot): Promise<void> {
  await revalidateArticleChange(before, after);
  if (after.status === 'scheduled' && after.publishedAt && after.publishedAt > new Date()) {
    scheduleRefresh(after.id, after.publishedAt);
  } else {
    cancelRefresh(after.id);
  }
}
