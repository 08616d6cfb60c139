import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { SectionSummary } from './types';

export const listSections = cache(async (locale: string): Promise<SectionSummary[]> => {
  return db.section.findMany({
    where: { locale },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { slug: true, name: true, description: true },
  });
});

export const getSection = cache(async (locale: string, slug: string): Promise<SectionSummary | null> => {
  return db.section.findFirst({ where: { locale, slug }, select: { slug: true, name: true, description: true } });
});
