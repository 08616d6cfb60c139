import 'server-only';
import type { z } from 'zod';
import { deleteUnused } from '@/lib/taxonomy/delete';
import { freeSlug } from '@/lib/taxonomy/slug';
import type { TaxonomyResult } from '@/lib/taxonomy/types';
import type { authorInput } from '@/lib/taxonomy/schema';
import { recordAudit } from '@/lib/audit/log';
import { canManageTaxonomy } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { routing } from '@/i18n/routing';

type Input = z.infer<typeof authorInput>;
// Author pages exist in every edition.
const ALL = [...routing.locales];

async function check(input: Input, id: number | null): Promise<{ slug: string } | { error: 'slugTaken' | 'inUse' }> {
  const slug = await freeSlug(input, id, (candidate) => db.author.findUnique({ where: { slug: candidate }, select: { id: true } }));
  if (!slug) return { error: 'slugTaken' };
  if (input.userId !== '') {
    const linked = await db.author.findUnique({ where: { userId: input.userId }, select: { id: true } });
    const user = await db.user.findUnique({ where: { id: input.userId }, select: { id: true } });
    // One profile per account: linking decides whose articles count as "own".
    if (!user || (linked && linked.id !== id)) return { error: 'inUse' };
  }
  return { slug };
}

export async function saveAuthor(actor: SessionUser, id: number | null, input: Input): Promise<TaxonomyResult> {
  if (!canManageTaxonomy(actor)) return { ok: false, error: 'forbidden' };
  if (id && !(await db.author.findUnique({ where: { id }, select: { id: true } }))) return { ok: false, error: 'notFound' };
  const checked = await check(input, id);
  if ('error' in checked) return { ok: false, error: checked.error };
  const data = { name: input.name, slug: checked.slug, bio: input.bio, photoUrl: input.photoUrl || null, userId: input.userId === '' ? null : input.userId };
  await db.$transaction(async (tx) => {
    const author = id ? await tx.author.update({ where: { id }, data }) : await tx.author.create({ data });
    await recordAudit(tx, { userId: actor.id, action: id ? 'author.update' : 'author.create', targetType: 'author', targetId: author.id, detail: input.name });
  });
  return { ok: true, locales: ALL };
}

export function deleteAuthor(actor: SessionUser, id: number): Promise<TaxonomyResult> {
  return deleteUnused(actor, 'author', id, {
    find: () => db.author.findUnique({ where: { id }, select: { name: true, _count: { select: { articles: true } } } }),
    remove: (tx) => tx.author.delete({ where: { id } }),
    detail: (author) => author.name,
    locales: () => ALL,
  });
}
