import 'server-only';
import { publishedWhere } from '@/lib/articles/status';
import { TAGS, dependsOn } from '@/lib/cache/tags';
import { db } from '@/lib/db';

export type CardArticle = { title: string; locale: string; section: string };

/** What a share card shows; null for an article readers cannot see. */
export async function getCardArticle(id: number): Promise<CardArticle | null> {
  await dependsOn(TAGS.article(id));
  const row = await db.article.findFirst({
    where: { AND: [{ id }, publishedWhere()] },
    select: { title: true, locale: true, section: { select: { name: true } } },
  });
  return row ? { title: row.title, locale: row.locale, section: row.section.name } : null;
}
