import type { Db } from '@/lib/db/client';
import { loggableFailure } from '@/lib/db/errors';
import { claimLease } from '@/lib/jobs/lease';

// The database side of scheduled publication: which articles came due and were not announced
// yet, found by the one instance that holds the lease, so each is announced once however many
// instances run; a dead holder's lease expires and another instance carries on.

export const SCHEDULE_LEASE = 'scheduled-publication';
// Articles that came due longer ago than this while no instance ran are left alone (their pages
// were long since refreshed by other changes, or rendered fresh).
const CATCH_UP_MS = 24 * 3_600_000;
const BATCH = 20;

/**
 * Scheduled articles whose time has come and whose pages were not refreshed for this time yet
 * (never announced, or announced for an earlier time and since rescheduled).
 */
export async function findDueArticles(db: Db, now = new Date()): Promise<number[]> {
  const rows = await db.article.findMany({
    where: {
      status: 'scheduled',
      publishedAt: { lte: now, gt: new Date(now.getTime() - CATCH_UP_MS) },
      OR: [{ announcedAt: null }, { announcedAt: { lt: db.article.fields.publishedAt } }],
    },
    select: { id: true },
    orderBy: { publishedAt: 'asc' },
    take: BATCH,
  });
  return rows.map((row) => row.id);
}

/**
 * Records that the pages of `id` were refreshed for the time it carries now (raw SQL: the
 * article's updatedAt must not move, it is part of its public URLs).
 */
export async function markAnnounced(db: Pick<Db, '$executeRaw'>, id: number, publishedAt: Date, now = new Date()): Promise<boolean> {
  const changed = await db.$executeRaw`
    UPDATE "Article" SET "announcedAt" = ${now}
    WHERE "id" = ${id} AND "status" = 'scheduled' AND "publishedAt" = ${publishedAt} AND "publishedAt" <= ${now}`;
  return changed > 0;
}

/**
 * One round of the poller: when this instance holds (or takes) the lease, announce every due
 * article through `announce` (which refreshes its pages and marks it). An article whose
 * announcement fails stays due and is tried again next round. Returns the ids announced.
 */
export async function pollDueArticles(
  db: Db,
  holder: string,
  leaseMs: number,
  announce: (id: number) => Promise<void>,
  now = new Date(),
): Promise<number[]> {
  if (!(await claimLease(db, SCHEDULE_LEASE, holder, leaseMs, { now, renew: true }))) return [];
  const announced: number[] = [];
  for (const id of await findDueArticles(db, now)) {
    try {
      await announce(id);
      announced.push(id);
    } catch (error) {
      console.error(`scheduled publication: refreshing article ${id} failed; will retry`, loggableFailure(error));
    }
  }
  return announced;
}
