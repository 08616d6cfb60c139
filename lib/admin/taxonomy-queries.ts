import 'server-only';
import { canManageTaxonomy } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';

// What the sections, tags and authors screens list, for editors and admins only.

export async function listSectionsForAdmin(actor: SessionUser) {
  if (!canManageTaxonomy(actor)) return [];
  const rows = await db.section.findMany({
    orderBy: [{ locale: 'asc' }, { position: 'asc' }, { id: 'asc' }],
    select: { id: true, slug: true, name: true, description: true, locale: true, position: true, _count: { select: { articles: true } } },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, articles: _count.articles }));
}

export async function listTagsForAdmin(actor: SessionUser) {
  if (!canManageTaxonomy(actor)) return [];
  const rows = await db.tag.findMany({
    orderBy: [{ locale: 'asc' }, { name: 'asc' }],
    take: 500,
    select: { id: true, slug: true, name: true, locale: true, _count: { select: { articles: true } } },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, articles: _count.articles }));
}

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
