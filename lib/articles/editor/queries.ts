import 'server-only';
import { canEditArticle, canManageTaxonomy, canPreview, canPublishArticle, canWriteArticles } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { pathTo } from '@/lib/url-paths';
import { listMedia } from '@/lib/media/library';
import { findArticleIdsForStaff } from '@/lib/search/staff';
import { getViewStats } from '@/lib/views/stats';
import { getArticleSnapshot } from '@/lib/articles/snapshot';
import { articleStatus, isLive } from '@/lib/articles/status';
import { detailSelect, toArticleDetail } from '@/lib/articles/mappers';
import { sanitizeBody } from '@/lib/articles/sanitize';
import type { ArticleDetail } from '@/lib/articles/types';
import { availableSteps } from '@/lib/articles/publishing/workflow';
import type { Prisma } from '.prisma/sqlite';
import { lockedByOther } from './locks';
import type { AdminArticleRow, EditorArticle, EditorOptions } from './types';
import type { ArticleFilters } from './schema';

const ADMIN_PAGE_SIZE = 25;

// Pictures offered by the editor's media picker; the library page has them all.
const PICKER_SIZE = 24;

/** Editors see every article; authors and contributors their own. */
export function scopeFor(actor: SessionUser): Prisma.ArticleWhereInput {
  return canManageTaxonomy(actor) ? {} : { authors: { some: { author: { userId: actor.id } } } };
}

export async function listAdminArticles(
  actor: SessionUser,
  filters: ArticleFilters,
): Promise<{ rows: AdminArticleRow[]; total: number; pageCount: number }> {
  if (!canWriteArticles(actor)) return { rows: [], total: 0, pageCount: 1 };
  const textIds = filters.q ? await findArticleIdsForStaff(filters.q) : null;
  const where: Prisma.ArticleWhereInput = {
    AND: [
      scopeFor(actor),
      filters.status ? { status: filters.status } : {},
      filters.section ? { sectionId: filters.section } : {},
      filters.author ? { authors: { some: { authorId: filters.author } } } : {},
      textIds ? { OR: [{ id: { in: textIds } }, { slug: { contains: filters.q!.toLowerCase() } }] } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db.article.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      skip: (filters.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true, title: true, slug: true, locale: true, status: true, publishedAt: true, updatedAt: true,
        lockedById: true, lockedAt: true,
        section: { select: { name: true } },
        authors: { orderBy: { position: 'asc' }, select: { author: { select: { name: true } } } },
      },
    }),
    db.article.count({ where }),
  ]);
  const [stats, lockers] = await Promise.all([
    getViewStats(rows.map((row) => row.id)),
    db.user.findMany({ where: { id: { in: rows.flatMap((row) => (row.lockedById ? [row.lockedById] : [])) } }, select: { id: true, name: true } }),
  ]);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)),
    rows: rows.map((row) => ({
      id: row.id,
      title: row.title,
      slug: row.slug,
      locale: row.locale,
      status: articleStatus(row.status),
      publishedAt: row.publishedAt?.toISOString() ?? null,
      updatedAt: row.updatedAt.toISOString(),
      section: row.section.name,
      authors: row.authors.map(({ author }) => author.name),
      views: stats.get(row.id) ?? null,
      lockedBy: lockedByOther(row, actor.id) ? (lockers.find((user) => user.id === row.lockedById)?.name ?? null) : null,
    })),
  };
}

/** The article as the editor form shows it, or null when the actor may not edit it. */
export async function getArticleForEditor(actor: SessionUser, id: number): Promise<EditorArticle | null> {
  const snapshot = await getArticleSnapshot(id);
  if (!snapshot || !canEditArticle(actor, snapshot)) return null;
  const row = await db.article.findUniqueOrThrow({
    where: { id },
    select: {
      title: true, slug: true, dek: true, body: true, sectionId: true, kind: true, imageUrl: true, imageAlt: true,
      imageWidth: true, imageHeight: true,
      imageCaption: true, seoTitle: true, seoDescription: true, sticky: true, breaking: true,
      authors: { orderBy: { position: 'asc' }, select: { authorId: true } },
      tags: { select: { tag: { select: { name: true } } } },
    },
  });
  const holder =
    lockedByOther(snapshot, actor.id) && snapshot.lockedById
      ? await db.user.findUnique({ where: { id: snapshot.lockedById }, select: { name: true } })
      : null;
  return {
    ...row,
    // The editor starts from what readers see (an old body's guessed directions dropped, as on the page).
    body: sanitizeBody(row.body),
    id,
    locale: snapshot.locale,
    status: snapshot.status,
    publishedAt: snapshot.publishedAt?.toISOString() ?? null,
    imageUrl: row.imageUrl ?? '',
    authorIds: row.authors.map((author) => author.authorId),
    tags: row.tags.map(({ tag }) => tag.name).join('، '),
    lock: holder ? { name: holder.name, since: snapshot.lockedAt!.toISOString() } : null,
    steps: availableSteps(actor, snapshot),
    canPlaceOnHome: canPublishArticle(actor, snapshot),
    publicPath: isLive(snapshot) ? pathTo({ pathname: '/news/[slug]', params: { slug: snapshot.slug } }, { locale: snapshot.locale }) : null,
  };
}

export async function getEditorOptions(actor: SessionUser): Promise<EditorOptions> {
  if (!canWriteArticles(actor)) return { sections: [], authors: [], media: [] };
  const [sections, authors, library] = await Promise.all([
    db.section.findMany({ orderBy: [{ locale: 'asc' }, { position: 'asc' }], select: { id: true, name: true, locale: true } }),
    db.author.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    listMedia(actor, 1, PICKER_SIZE),
  ]);
  return { sections, authors, media: library.items };
}

/** Any article as readers would see it, for staff who may edit it; never cached. */
export async function getArticleForPreview(actor: SessionUser, id: number): Promise<ArticleDetail | null> {
  const snapshot = await getArticleSnapshot(id);
  const own = !!actor && snapshot?.authorUserIds.includes(actor.id);
  if (!snapshot || !canPreview(actor) || !(canManageTaxonomy(actor) || own)) return null;
  const row = await db.article.findUnique({ where: { id }, select: detailSelect });
  return row ? toArticleDetail(row) : null;
}
