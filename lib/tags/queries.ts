import 'server-only';
import { cache } from 'react';
import { canManageTaxonomy } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/roles';
import { TAGS, dependsOn } from '@/lib/cache/tags';
import { publishedWhere } from '@/lib/articles/status';
import { db } from '@/lib/db';
import type { TagSummary } from './types';

/**
 * A public tag: one that a published article carries. Tags typed on a draft stay private until
 * the article is published (their page is a 404 and the sitemaps leave them out).
 */
export const getTag = cache(async (locale: string, slug: string): Promise<TagSummary | null> => {
  await dependsOn(TAGS.edition(locale), TAGS.tag(locale, slug));
  return db.tag.findFirst({
    where: { locale, slug, articles: { some: { article: publishedWhere() } } },
    select: { slug: true, name: true },
  });
});

/** What the tags screen of the admin lists, for editors and admins only. */
export async function listTagsForAdmin(actor: SessionUser) {
  if (!canManageTaxonomy(actor)) return [];
  const rows = await db.tag.findMany({
    orderBy: [{ locale: 'asc' }, { name: 'asc' }],
    take: 500,
    select: { id: true, slug: true, name: true, locale: true, _count: { select: { articles: true } } },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, articles: _count.articles }));
}
