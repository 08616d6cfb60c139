import 'server-only';
import { recordAudit } from '@/lib/audit/log';
import { canEditArticle } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { getArticleSnapshot, type ArticleSnapshot } from '@/lib/articles/snapshot';

// One editor at a time. The holder's editor renews the lock every half minute; a lock not
// renewed for LOCK_TTL_MS is free, and anyone allowed to edit may take it over visibly.

const LOCK_TTL_MS = 90_000;

export type LockHolder = { name: string; since: string };
export type LockResult =
  | { ok: true }
  | { ok: false; error: 'forbidden' | 'notFound' }
  | { ok: false; error: 'held'; holder: LockHolder };

async function holderOf(id: number): Promise<LockHolder | null> {
  const row = await db.article.findUnique({ where: { id }, select: { lockedAt: true, lockedById: true } });
  if (!row?.lockedById || !row.lockedAt) return null;
  const user = await db.user.findUnique({ where: { id: row.lockedById }, select: { name: true } });
  return { name: user?.name ?? '', since: row.lockedAt.toISOString() };
}

/** Takes the lock when it is free, stale or already ours (also the heartbeat). */
export async function acquireLock(actor: SessionUser, id: number, now = new Date()): Promise<LockResult> {
  const article = await getArticleSnapshot(id);
  if (!article) return { ok: false, error: 'notFound' };
  if (!canEditArticle(actor, article)) return { ok: false, error: 'forbidden' };
  const staleBefore = new Date(now.getTime() - LOCK_TTL_MS);
  const count = await db.$executeRaw`
    UPDATE "Article" SET "lockedById" = ${actor.id}, "lockedAt" = ${now}
    WHERE "id" = ${id} AND ("lockedById" IS NULL OR "lockedById" = ${actor.id} OR "lockedAt" IS NULL OR "lockedAt" < ${staleBefore})`;
  if (count === 1) return { ok: true };
  const holder = await holderOf(id);
  return holder ? { ok: false, error: 'held', holder } : acquireLock(actor, id, now);
}

/** Takes the lock from whoever holds it; the other editor's next save or heartbeat is refused. */
export async function takeOverLock(actor: SessionUser, id: number, now = new Date()): Promise<LockResult> {
  const article = await getArticleSnapshot(id);
  if (!article) return { ok: false, error: 'notFound' };
  if (!canEditArticle(actor, article)) return { ok: false, error: 'forbidden' };
  const previous = await holderOf(id);
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`UPDATE "Article" SET "lockedById" = ${actor.id}, "lockedAt" = ${now} WHERE "id" = ${id}`;
    await recordAudit(tx, { userId: actor.id, action: 'article.takeover', targetType: 'article', targetId: id, detail: previous?.name ?? '' });
  });
  return { ok: true };
}

export async function releaseLock(actor: SessionUser, id: number): Promise<void> {
  await db.$executeRaw`UPDATE "Article" SET "lockedById" = NULL, "lockedAt" = NULL WHERE "id" = ${id} AND "lockedById" = ${actor.id}`;
}

/** Someone else holds a fresh lock on the article. */
export function lockedByOther(article: Pick<ArticleSnapshot, 'lockedById' | 'lockedAt'>, userId: number, now = new Date()) {
  return (
    article.lockedById !== null &&
    article.lockedById !== userId &&
    !!article.lockedAt &&
    now.getTime() - article.lockedAt.getTime() < LOCK_TTL_MS
  );
}
