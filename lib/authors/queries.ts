import 'server-only';
import { cache } from 'react';
import { canManageTaxonomy } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/roles';
import { TAGS, dependsOn } from '@/lib/cache/tags';
import { db } from '@/lib/db';
import type { AuthorProfile } from './types';

export const getAuthor = cache(async (slug: string): Promise<AuthorProfile | null> => {
  await dependsOn(TAGS.author(slug));
  return db.author.findUnique({ where: { slug }, select: { slug: true, name: true, bio: true, photoUrl: true } });
});

/** What the authors screen of the admin lists, for editors and admins only. */
export async function listAuthorsForAdmin(actor: SessionUser) {
  if (!canManageTaxonomy(actor)) return { authors: [], users: [] };
  const [authors, users] = await Promise.all([
    db.author.findMany({
      orderBy: { name: 'asc' },
      select: { id: true, slug: true, name: true, bio: true, photoUrl: true, userId: true, _count: { select: { articles: true } } },
    }),
    db.user.findMany({ where: { disabled: false }, orderBy: { name: 'asc' }, select: { id: true, name: true, email: true } }),
  ]);
  return { authors: authors.map(({ _count, ...row }) => ({ ...row, articles: _count.articles })), users };
}
