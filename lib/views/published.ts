import 'server-only';
import { publishedWhere } from '@/lib/articles/status';
import { db } from '@/lib/db';

const TTL_MS = 60_000;
// Published ids seen recently, so a beacon costs no database read for a popular article.
const known = new Map<number, number>();

/** Whether readers can see this article now (cached for a minute when they can). */
export async function isPublishedArticle(id: number, now = Date.now()): Promise<boolean> {
  const until = known.get(id);
  if (until && until > now) return true;
  const row = await db.article.findFirst({ where: { AND: [{ id }, publishedWhere(new Date(now))] }, select: { id: true } });
  if (!row) {
    known.delete(id);
    return false;
  }
  if (known.size > 50_000) known.clear();
  known.set(id, now + TTL_MS);
  return true;
}
