import 'server-only';
import { recordAudit } from '@/lib/audit/log';
import { canManageTaxonomy } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import type { TaxonomyResult } from './types';

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/**
 * Deletes a section or an author, with its audit row in the same transaction, unless articles
 * still use it (they would lose their edition or their byline). Tags go even when used: they
 * come off their articles.
 */
export async function deleteUnused<Row extends { _count: { articles: number } }>(
  actor: SessionUser,
  kind: 'section' | 'author',
  id: number,
  record: {
    find: () => Promise<Row | null>;
    remove: (tx: Tx) => Promise<unknown>;
    /** What the audit row says about it. */
    detail?: (row: Row) => string;
    /** The editions whose pages showed it. */
    locales: (row: Row) => string[];
  },
): Promise<TaxonomyResult> {
  if (!canManageTaxonomy(actor)) return { ok: false, error: 'forbidden' };
  const row = await record.find();
  if (!row) return { ok: false, error: 'notFound' };
  if (row._count.articles) return { ok: false, error: 'inUse' };
  await db.$transaction(async (tx) => {
    await record.remove(tx);
    await recordAudit(tx, { userId: actor.id, action: `${kind}.delete`, targetType: kind, targetId: id, detail: record.detail?.(row) });
  });
  return { ok: true, locales: record.locales(row) };
}
