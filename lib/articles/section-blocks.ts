import 'server-only';
import { db, isPostgres } from '@/lib/db';
import { listArticleCards } from './list';
import type { ArticleCard } from './types';
import { publishedWhere } from './visibility';

/**
 * The home page's section blocks: the newest `perSection` published articles of each section,
 * in one query whatever the number of sections (a page query and a count per section before).
 * A correlated LIMIT per section walks each section's (sectionId, publishedAt) index from the
 * newest end, so the cost does not grow with the archive. Prisma has no per-parent LIMIT, hence
 * the raw id query; the cards themselves come from the usual select.
 */
export async function listSectionBlocks(locale: string, perSection: number, now = new Date()): Promise<Map<string, ArticleCard[]>> {
  const { status } = publishedWhere(now) as { status: { in: string[] } };
  // Placeholders by hand: the statuses are a list, and a Prisma.join from one generated client
  // is not recognised by the other.
  const params: unknown[] = [];
  const bind = (value: unknown) => (params.push(value), isPostgres() ? `$${params.length}` : '?');
  const rows = await db.$queryRawUnsafe<{ id: number }[]>(
    `SELECT a."id" FROM "Section" s
     JOIN "Article" a ON a."id" IN (
       SELECT b."id" FROM "Article" b
       WHERE b."sectionId" = s."id" AND b."status" IN (${status.in.map(bind).join(', ')}) AND b."publishedAt" <= ${bind(now)}
       ORDER BY b."publishedAt" DESC, b."id" DESC
       LIMIT ${bind(perSection)}
     )
     WHERE s."locale" = ${bind(locale)}`,
    ...params,
  );
  const blocks = new Map<string, ArticleCard[]>();
  if (!rows.length) return blocks;
  const cards = await listArticleCards({ id: { in: rows.map((row) => Number(row.id)) } }, { take: rows.length });
  for (const card of cards) blocks.set(card.section.slug, [...(blocks.get(card.section.slug) ?? []), card]);
  return blocks;
}
