import 'server-only';
import { listArticleCards } from '@/lib/articles/list';
import { db } from '@/lib/db';
import type { ArticleCard } from '@/lib/articles/types';

/** The most-read articles of an edition, by all-time views. */
export async function listMostViewed(locale: string, take = 5): Promise<ArticleCard[]> {
  const top = await db.article.findMany({
    where: { locale, viewsTotal: { gt: 0 } },
    orderBy: [{ viewsTotal: 'desc' }, { id: 'desc' }],
    select: { id: true },
    take: take * 2,
  });
  if (!top.length) return [];
  const cards = await listArticleCards({ id: { in: top.map((row) => row.id) } }, { take: take * 2 });
  const order = new Map(top.map((row, index) => [row.id, index]));
  return cards.sort((a, b) => order.get(a.id)! - order.get(b.id)!).slice(0, take);
}
