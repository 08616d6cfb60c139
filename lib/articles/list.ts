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

/** A listing as a page reads it: the ids of a stretch of it in its order, and its length. */
export type Listing = {
  ids: (range: { skip: number; take: number }) => Promise<number[]>;
  count: () => Promise<number>;
};

/**
 * A page of a listing by page number. The page's ids come first, read from an index that holds
 * the listing's order: a deep page skips thousands of index entries, where skipping whole article
 * rows (bodies included) cost a row read each. Then the cards of those ids alone.
 */
export async function pageOf(listing: Listing, page: number, size: number): Promise<Page<ArticleCard>> {
  const [ids, total] = await Promise.all([listing.ids({ skip: (page - 1) * size, take: size }), listing.count()]);
  const items = ids.length ? await listArticleCards({ id: { in: ids } }, { take: size }) : [];
  return { items, page, total, pageCount: Math.max(1, Math.ceil(total / size)) };
}
