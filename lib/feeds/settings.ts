import 'server-only';
import { db } from '@/lib/db';

/** Settings key: "true" puts the whole article in feeds; anything else (or nothing) a summary. */
export const FEED_FULL_TEXT_KEY = 'feeds.fullText';

export async function getFeedFullText(): Promise<boolean> {
  const row = await db.setting.findUnique({ where: { key: FEED_FULL_TEXT_KEY }, select: { value: true } });
  return row?.value === 'true';
}
