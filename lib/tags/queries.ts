import 'server-only';
import { cache } from 'react';
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
