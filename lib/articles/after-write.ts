import 'server-only';
import { after } from 'next/server';
import type { ArticleSnapshot } from './access';
import { revalidateArticleChange } from './revalidate';
import { cancelRefresh, scheduleRefresh } from './scheduler';
import { warmPages } from './warm';

/** After a write: refresh the public pages it changed and (re-)arm or cancel its scheduled refresh. */
export async function afterArticleWrite(before: ArticleSnapshot | null, afterState: ArticleSnapshot): Promise<void> {
  const { main } = await revalidateArticleChange(before, afterState);
  if (main.length) after(() => warmPages(main));
  if (afterState.status === 'scheduled' && afterState.publishedAt && afterState.publishedAt > new Date()) {
    scheduleRefresh(afterState.id, afterState.publishedAt);
  } else {
    cancelRefresh(afterState.id);
  }
}
