import 'server-only';
import type { ArticleSnapshot } from '@/lib/articles/snapshot';
import { revalidateArticleChange } from './revalidate';
import { cancelRefresh, scheduleRefresh } from './scheduler';

/** After a write: refresh the public pages it changed and (re-)arm or cancel its scheduled refresh. */
export async function afterArticleWrite(before: ArticleSnapshot | null, afterState: ArticleSnapshot): Promise<void> {
  await revalidateArticleChange(before, afterState);
  if (afterState.status === 'scheduled' && afterState.publishedAt && afterState.publishedAt > new Date()) {
    scheduleRefresh(afterState.id, afterState.publishedAt);
  } else {
    cancelRefresh(afterState.id);
  }
}
