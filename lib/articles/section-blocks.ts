import 'server-only';
import { db } from '@/lib/db';
import { rawParams } from '@/lib/db/raw-params';
import { listSections } from '@/lib/sections/queries';
import { listArticleCards } from './list';
import type { ArticleCard } from './types';
import { liveSql } from './status';

/**
 * The home page's section blocks: the newest `perSection` published articles of each section,
 * in one statement whatever the number of sections (a page query and a count per section before).
 * Each section is its own LIMITed branch of a UNION ALL, so each walks its section's index from
 * the newest end and the cost does not grow with the archive (a correlated IN made PostgreSQL
 * join every article). Prisma has no per-parent LIMIT, hence the raw id query; the cards
 * themselves come from the usual select.
 */
export async function listSectionBlocks(locale: string, perSection: number, now = new Date()): Promise<Map<string, ArticleCard[]>> {
  const sections = await listSections(locale);
  const blocks = new Map<string, ArticleCard[]>();
  if (!sections.length) return blocks;
  const { params, bind } = rawParams();
  const branches = sections.map(
    (section, index) => `SELECT * FROM (
       SELECT b."id" FROM "Article" b
       WHERE b."sectionId" = (SELECT s."id" FROM "Section" s WHERE s."slug" = ${bind(section.slug)})
         AND ${liveSql((name) => `b."${name}"`, bind, now)}
       ORDER BY b."publishedAt" DESC, b."id" DESC
       LIMIT ${bind(perSection)}
     ) AS block${index}`,
  );
  const rows = await db.$queryRawUnsafe<{ id: number }[]>(branches.join('\nUNION ALL\n'), ...params);
  if (!rows.length) return blocks;
  const cards = await listArticleCards({ id: { in: rows.map((row) => Number(row.id)) } }, { take: rows.length });
  for (const card of cards) blocks.set(card.section.slug, [...(blocks.get(card.section.slug) ?? []), card]);
  return blocks;
}
