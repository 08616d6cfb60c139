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

export async function pageOf(where: Prisma.ArticleWhereInput, page: number, size: number): Promise<Page<ArticleCard>> {
  const [items, total] = await Promise.all([
    listArticleCards(where, { take: size, skip: (page - 1) * size }),
    db.article.count({ where: { AND: [where, publishedWhere()] } }),
  ]);
  return { items, page, total, pageCount: Math.max(1, Math.ceil(total / size)) };
}
