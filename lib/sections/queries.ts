import 'server-only';
import { cache } from 'react';
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
