import 'server-only';
import { recordAudit } from '@/lib/audit/log';
import { canPublishArticle } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { getArticleSnapshot, type ArticleSnapshot } from '@/lib/articles/snapshot';

type HomePlacement = { sticky: boolean; breaking: boolean };
type PlacementResult = { ok: true; before: ArticleSnapshot; after: ArticleSnapshot } | { ok: false; error: 'forbidden' | 'notFound' };

/**
 * Pins an article as its edition's home lead and/or flags it as breaking news. Placing a story on
 * the home page is a publishing decision, so it takes the right to publish it. It is not an edit of
 * the article: its modification time stays as it was (dateModified, sitemap lastmod, share card),
 * and the editor's lock does not apply, so a desk editor can pin a story a writer still has open.
 * One lead per edition: pinning an article unpins the others.
 */
export async function setHomePlacement(actor: SessionUser, id: number, placement: HomePlacement): Promise<PlacementResult> {
  const before = await getArticleSnapshot(id);
  if (!before) return { ok: false, error: 'notFound' };
  if (!canPublishArticle(actor, before)) return { ok: false, error: 'forbidden' };
  await db.$transaction(async (tx) => {
    const current = await tx.article.findUniqueOrThrow({ where: { id }, select: { updatedAt: true } });
    if (placement.sticky) {
      // Each unpinned article keeps its own modification time: the row-by-row loop is short (one lead).
      const pinned = await tx.article.findMany({ where: { locale: before.locale, sticky: true, id: { not: id } }, select: { id: true, updatedAt: true } });
      for (const other of pinned) await tx.article.update({ where: { id: other.id }, data: { sticky: false, updatedAt: other.updatedAt } });
    }
    await tx.article.update({ where: { id }, data: { ...placement, updatedAt: current.updatedAt } });
    await recordAudit(tx, {
      userId: actor.id,
      action: 'article.placement',
      targetType: 'article',
      targetId: id,
      detail: [placement.sticky && 'sticky', placement.breaking && 'breaking'].filter(Boolean).join(','),
    });
  });
  return { ok: true, before, after: (await getArticleSnapshot(id))! };
}
