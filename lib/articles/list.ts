import 'server-only';
import type { Prisma } from '.prisma/sqlite';
import { db } from '@/lib/db';
import { cardSelect, toArticleCard } from './mappers';
import type { ArticleCard, Page } from './types';
import { publishedWhere } from './status';

// Listing helpers shared by every published-article list: newest first, published only.

export async function listArticleCards(
  where: Prisma.ArticleWhereInput,
  { take, skip = 0 }: { take: number; skip?: number },
): Promise<ArticleCard[]> {
  const rows = await db.article.findMany({
    where: { AND: [where, publishedWhere()] },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    select: cardSelect,
    take,
    skip,
  });
  return rows.map(toArticleCard);
}

/**
 * A page of a listing by page number. `countAll` counts the listing when counting `where` over the
 * articles would cost too much (a tag or an author counted through its own links).
 */
export async function pageOf(
  where: Prisma.ArticleWhereInput,
  page: number,
  size: number,
  countAll: () => Promise<number> = () => db.article.count({ where: { AND: [where, publishedWhere()] } }),
): Promise<Page<ArticleCard>> {
  const [items, total] = await Promise.all([listArticleCards(where, { take: size, skip: (page - 1) * size }), countAll()]);
  return { items, page, total, pageCount: Math.max(1, Math.ceil(total / size)) };
}
