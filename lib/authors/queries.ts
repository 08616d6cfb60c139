import 'server-only';
import { cache } from 'react';
import { TAGS, dependsOn } from '@/lib/cache/tags';
import { db } from '@/lib/db';
import type { AuthorProfile } from './types';

export const getAuthor = cache(async (slug: string): Promise<AuthorProfile | null> => {
  await dependsOn(TAGS.author(slug));
  return db.author.findUnique({ where: { slug }, select: { slug: true, name: true, bio: true, photoUrl: true } });
});
