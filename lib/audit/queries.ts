import 'server-only';
import type { AuditRow } from '@/lib/articles/admin-types';
import { canManageTaxonomy } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';

/** The latest entries of the audit log, for editors and admins; optionally one article's. */
export async function listAuditLog(actor: SessionUser, { articleId }: { articleId?: number } = {}): Promise<AuditRow[]> {
  if (!canManageTaxonomy(actor)) return [];
  const rows = await db.auditLog.findMany({
    where: articleId ? { targetType: 'article', targetId: String(articleId) } : {},
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 200,
    select: { id: true, createdAt: true, action: true, targetType: true, targetId: true, detail: true, user: { select: { name: true } } },
  });
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString(), user: row.user?.name ?? '' }));
}
