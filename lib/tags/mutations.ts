import 'server-only';
import type { z } from 'zod';
import type { TaxonomyResult } from '@/lib/taxonomy/types';
import type { tagInput } from '@/lib/taxonomy/schema';
import { recordAudit } from '@/lib/audit/log';
import { canManageTaxonomy } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { freeSlug } from '@/lib/taxonomy/slug';

// Tags are created while writing; here editors rename, re-slug or remove them.

export async function updateTag(actor: SessionUser, id: number, input: z.infer<typeof tagInput>): Promise<TaxonomyResult> {
  if (!canManageTaxonomy(actor)) return { ok: false, error: 'forbidden' };
  const tag = await db.tag.findUnique({ where: { id }, select: { locale: true } });
  if (!tag) return { ok: false, error: 'notFound' };
  const slug = await freeSlug(input, id, (candidate) => db.tag.findUnique({ where: { slug: candidate }, select: { id: true } }));
  if (!slug) return { ok: false, error: 'slugTaken' };
  await db.$transaction(async (tx) => {
    await tx.tag.update({ where: { id }, data: { name: input.name, slug } });
    await recordAudit(tx, { userId: actor.id, action: 'tag.update', targetType: 'tag', targetId: id, detail: input.name });
  });
  return { ok: true, locales: [tag.locale] };
}

/** Removing a tag takes it off its articles; the articles stay. */
export async function deleteTag(actor: SessionUser, id: number): Promise<TaxonomyResult> {
  if (!canManageTaxonomy(actor)) return { ok: false, error: 'forbidden' };
  const tag = await db.tag.findUnique({ where: { id }, select: { locale: true, name: true } });
  if (!tag) return { ok: false, error: 'notFound' };
  await db.$transaction(async (tx) => {
    await tx.tag.delete({ where: { id } });
    await recordAudit(tx, { userId: actor.id, action: 'tag.delete', targetType: 'tag', targetId: id, detail: tag.name });
  });
  return { ok: true, locales: [tag.locale] };
}
