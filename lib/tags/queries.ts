import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { TagSummary } from './types';

export const getTag = cache(async (locale: string, slug: string): Promise<TagSummary | null> => {
  return db.tag.findFirst({ where: { locale, slug }, select: { slug: true, name: true } });
});
