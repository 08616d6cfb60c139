import 'server-only';
import { db } from '@/lib/db';
import { hourOf } from './config';

export type PendingView = { key: string; articleId: number; at: Date };
/** Views of one article in one UTC hour. */
export type HourCount = { articleId: number; hour: Date; count: number };

const CHUNK = 500;
const ATTEMPTS = 5;

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Writes a batch of beacons in one transaction: each reader key is claimed in ViewSeen (new, or
 * expired and renewed), and only claimed views reach the hourly buckets and the article totals,
 * as atomic increments. Two instances racing for one key collide on its primary key; the loser
 * retries and then sees the key taken, so a view is never counted twice nor lost.
 * Returns how many views were counted.
 */
export async function writeViews(views: PendingView[], dedupMs: number): Promise<number> {
  const firstByKey = new Map<string, PendingView>();
  for (const view of views) if (!firstByKey.has(view.key)) firstByKey.set(view.key, view);
  if (!firstByKey.size) return 0;
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeOnce([...firstByKey.values()], dedupMs);
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 50));
    }
  }
}

async function writeOnce(all: PendingView[], dedupMs: number): Promise<number> {
  return db.$transaction(
    async (tx) => {
      // An article deleted since its beacon was accepted takes its views with it.
      const ids = [...new Set(all.map((view) => view.articleId))];
      const live = new Set((await tx.article.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((row) => row.id));
      const views = all.filter((view) => live.has(view.articleId));
      const existing = new Map<string, Date>();
      for (const part of chunks(views)) {
        const rows = await tx.viewSeen.findMany({ where: { key: { in: part.map((view) => view.key) } } });
        for (const row of rows) existing.set(row.key, row.expiresAt);
      }
      const counted: PendingView[] = [];
      const fresh = views.filter((view) => !existing.has(view.key));
      for (const part of chunks(fresh)) {
        await tx.viewSeen.createMany({
          data: part.map((view) => ({ key: view.key, expiresAt: new Date(view.at.getTime() + dedupMs) })),
        });
      }
      counted.push(...fresh);
      for (const view of views) {
        const expiresAt = existing.get(view.key);
        if (!expiresAt || expiresAt > view.at) continue;
        // Conditional on still being expired, so a concurrent renewal wins only once.
        const renewed = await tx.viewSeen.updateMany({
          where: { key: view.key, expiresAt: { lte: view.at } },
          data: { expiresAt: new Date(view.at.getTime() + dedupMs) },
        });
        if (renewed.count) counted.push(view);
      }
      await addCounts(tx, counted);
      return counted.length;
    },
    { maxWait: 30_000, timeout: 60_000 },
  );
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

async function addCounts(tx: Tx, views: PendingView[]): Promise<void> {
  const perBucket = new Map<string, HourCount>();
  for (const view of views) {
    const hour = hourOf(view.at);
    const id = `${view.articleId}@${hour.getTime()}`;
    const bucket = perBucket.get(id) ?? { articleId: view.articleId, hour, count: 0 };
    bucket.count++;
    perBucket.set(id, bucket);
  }
  await addHourCounts(tx, [...perBucket.values()]);
}

/** Adds counts to the hourly buckets and the article totals, as atomic increments. */
export async function addHourCounts(tx: Pick<Tx, 'viewBucket' | '$executeRaw'>, counts: HourCount[]): Promise<void> {
  const perArticle = new Map<number, number>();
  for (const { articleId, hour, count } of counts) {
    await tx.viewBucket.upsert({
      where: { articleId_hour: { articleId, hour } },
      create: { articleId, hour, count },
      update: { count: { increment: count } },
    });
    perArticle.set(articleId, (perArticle.get(articleId) ?? 0) + count);
  }
  // Raw SQL because Prisma's @updatedAt would stamp every read article as modified (its
  // dateModified, sitemap lastmod and share-card version follow updatedAt); a view is not an edit.
  for (const [id, count] of perArticle) {
    await tx.$executeRaw`UPDATE "Article" SET "viewsTotal" = "viewsTotal" + ${count} WHERE "id" = ${id}`;
  }
}

/** Drops dedup keys whose window has passed; they would only be renewed otherwise. */
export async function pruneSeen(now = new Date()): Promise<number> {
  const { count } = await db.viewSeen.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}
