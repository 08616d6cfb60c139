import 'server-only';
import { cache } from 'react';
import { canManageTaxonomy } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/roles';
import { TAGS, dependsOn } from '@/lib/cache/tags';
import { db } from '@/lib/db';
import type { SectionSummary } from './types';

export const listSections = cache(async (locale: string): Promise<SectionSummary[]> => {
  await dependsOn(TAGS.edition(locale));
  return db.section.findMany({
    where: { locale },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { slug: true, name: true, description: true },
  });
});

export const getSection = cache(async (locale: string, slug: string): Promise<SectionSummary | null> => {
  await dependsOn(TAGS.edition(locale));
  return db.section.findFirst({ where: { locale, slug }, select: { slug: true, name: true, description: true } });
});

/** What the sections screen of the admin lists, for editors and admins only. */
export async function listSectionsForAdmin(actor: SessionUser) {
  if (!canManageTaxonomy(actor)) return [];
  const rows = await db.section.findMany({
    orderBy: [{ locale: 'asc' }, { position: 'asc' }, { id: 'asc' }],
    select: { id: true, slug: true, name: true, description: true, locale: true, position: true, _count: { select: { articles: true } } },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, articles: _count.articles }));
}
