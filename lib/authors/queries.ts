import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { AuthorProfile } from './types';

export const getAuthor = cache(async (slug: string): Promise<AuthorProfile | null> => {
  return db.author.findUnique({ where: { slug }, select: { slug: true, name: true, bio: true, photoUrl: true } });
});
