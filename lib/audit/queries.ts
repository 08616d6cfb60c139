import 'server-only';
import { canManageTaxonomy } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { pathTo } from '@/lib/url-paths';
import type { AuditRow, AuditTarget } from './types';

type Entry = { targetType: string; targetId: string; detail: string };

const numericIds = (entries: Entry[], type: string) =>
  [...new Set(entries.filter((entry) => entry.targetType === type && /^\d{1,9}$/.test(entry.targetId)).map((entry) => Number(entry.targetId)))];

/**
 * What each entry was done to, named as people know it (an article's title, a user's name) with
 * the admin page where it lives. Names are read now, so a renamed record shows its current name;
 * a deleted one keeps the name the entry recorded and gets no link.
 */
async function describeTargets(entries: Entry[]): Promise<(entry: Entry) => AuditTarget> {
  const [articles, users, sections, tags, authors] = await Promise.all([
    db.article.findMany({ where: { id: { in: numericIds(entries, 'article') } }, select: { id: true, title: true } }),
    db.user.findMany({ where: { id: { in: numericIds(entries, 'user') } }, select: { id: true, name: true } }),
    db.section.findMany({ where: { id: { in: numericIds(entries, 'section') } }, select: { id: true, name: true } }),
    db.tag.findMany({ where: { id: { in: numericIds(entries, 'tag') } }, select: { id: true, name: true } }),
    db.author.findMany({ where: { id: { in: numericIds(entries, 'author') } }, select: { id: true, name: true } }),
  ]);
  const named = (rows: { id: number; name?: string; title?: string }[]) => new Map(rows.map((row) => [String(row.id), row.title ?? row.name ?? '']));
  const lookups: Record<string, { names: Map<string, string>; href: (id: string) => string }> = {
    article: { names: named(articles), href: (id) => pathTo({ pathname: '/admin/articles/[id]', params: { id } }) },
    user: { names: named(users), href: () => '/admin/users' },
    section: { names: named(sections), href: () => '/admin/sections' },
    tag: { names: named(tags), href: () => '/admin/tags' },
    author: { names: named(authors), href: () => '/admin/authors' },
  };
  return (entry) => {
    if (entry.targetType === 'comment') {
      const count = entry.targetId === 'settings' ? 0 : entry.targetId.split(',').length;
      return { label: '', count, href: '/admin/comments' };
    }
    if (entry.targetType === 'media') return { label: entry.detail, count: 1, href: '/admin/media' };
    const lookup = lookups[entry.targetType];
    const name = lookup?.names.get(entry.targetId);
    if (lookup && name !== undefined) return { label: name, count: 1, href: lookup.href(entry.targetId) };
    // Gone since (or an invitation, whose target is an address): what the entry itself recorded.
    return { label: entry.detail || entry.targetId, count: 1, href: null };
  };
}

/** The latest entries of the audit log, for editors and admins; optionally one article's. */
export async function listAuditLog(actor: SessionUser, { articleId, take = 200 }: { articleId?: number; take?: number } = {}): Promise<AuditRow[]> {
  if (!canManageTaxonomy(actor)) return [];
  const rows = await db.auditLog.findMany({
    where: articleId ? { targetType: 'article', targetId: String(articleId) } : {},
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take,
    select: { id: true, createdAt: true, action: true, targetType: true, targetId: true, detail: true, user: { select: { name: true } } },
  });
  const targetOf = await describeTargets(rows);
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString(), user: row.user?.name ?? '', target: targetOf(row) }));
}
