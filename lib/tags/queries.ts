import 'server-only';
import { cache } from 'react';
import { TAGS, dependsOn } from '@/lib/cache/tags';
import { db } from '@/lib/db';
import type { TagSummary } from './types';

export const getTag = cache(async (locale: string, slug: string): Promise<TagSummary | null> => {
  await dependsOn(TAGS.edition(locale));
  return db.tag.findFirst({ where: { locale, slug }, select: { slug: true, name: true } });
});
