import 'server-only';
import type { z } from 'zod';
import { deleteUnused } from '@/lib/taxonomy/delete';
import type { TaxonomyResult } from '@/lib/taxonomy/types';
import type { sectionInput } from '@/lib/taxonomy/schema';
import { recordAudit } from '@/lib/audit/log';
import { canManageTaxonomy } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { freeSlug } from '@/lib/taxonomy/slug';

type Input = z.infer<typeof sectionInput>;

const sectionWithSlug = (slug: string) => db.section.findUnique({ where: { slug }, select: { id: true } });

export async function createSection(actor: SessionUser, input: Input): Promise<TaxonomyResult> {
  if (!canManageTaxonomy(actor)) return { ok: false, error: 'forbidden' };
  const slug = await freeSlug(input, null, sectionWithSlug);
  if (!slug) return { ok: false, error: 'slugTaken' };
  await db.$transaction(async (tx) => {
    const section = await tx.section.create({ data: { ...input, slug } });
    await recordAudit(tx, { userId: actor.id, action: 'section.create', targetType: 'section', targetId: section.id, detail: input.name });
  });
  return { ok: true, locales: [input.locale] };
}

export async function updateSection(actor: SessionUser, id: number, input: Input): Promise<TaxonomyResult> {
  if (!canManageTaxonomy(actor)) return { ok: false, error: 'forbidden' };
  const before = await db.section.findUnique({ where: { id }, select: { locale: true, _count: { select: { articles: true } } } });
  if (!before) return { ok: false, error: 'notFound' };
  // Articles take their edition from their section: a used section keeps its edition.
  if (before._count.articles && before.locale !== input.locale) return { ok: false, error: 'inUse' };
  const slug = await freeSlug(input, id, sectionWithSlug);
  if (!slug) return { ok: false, error: 'slugTaken' };
  await db.$transaction(async (tx) => {
    await tx.section.update({ where: { id }, data: { ...input, slug } });
    await recordAudit(tx, { userId: actor.id, action: 'section.update', targetType: 'section', targetId: id, detail: input.name });
  });
  return { ok: true, locales: [...new Set([before.locale, input.locale])] };
}

export function deleteSection(actor: SessionUser, id: number): Promise<TaxonomyResult> {
  return deleteUnused(actor, 'section', id, {
    find: () => db.section.findUnique({ where: { id }, select: { locale: true, _count: { select: { articles: true } } } }),
    remove: (tx) => tx.section.delete({ where: { id } }),
    locales: (section) => [section.locale],
  });
}
