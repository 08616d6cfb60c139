import 'server-only';
import { randomUUID } from 'node:crypto';
import { env } from '@/env';
import type { Db } from '@/lib/db/client';
import { claimLease } from '@/lib/jobs/lease';
import { getRedis } from '@/lib/redis/client.mjs';
import { hourOf } from './config';
import { addHourCounts, type HourCount, type PendingView } from './write';

// With REDIS_URL, accepted views wait in Redis instead of an instance's memory, so an instance
// killed before its flush loses nothing: another instance's flusher writes them.
//
// - Accepting a view is one script: the reader's dedup key (SET NX PX), and only when it is new,
//   HINCRBY of the buffer hash field "<articleId>:<hour>".
// - A flush (one instance at a time, by the lease) first seals the buffer: RENAME to a batch key
//   under a fresh id, recorded in a set of batches to write. Each batch is written to the database
//   in one transaction that also inserts a marker row (ViewSeen "batch:<id>"), and deleted from
//   Redis only after that commit. A flusher dying anywhere leaves its batch in the set: the next
//   flush writes it, or finds its marker and only deletes it. Nothing is lost, nothing counted twice.

type Redis = NonNullable<ReturnType<typeof getRedis>>;

const BUFFER = 'midad:views:buffer';
const BATCHES = 'midad:views:batches';
const batchKey = (id: string) => `midad:views:batch:${id}`;
const seenKey = (readerKey: string) => `midad:views:seen:${readerKey}`;
export const VIEWS_FLUSH_LEASE = 'views-flush';
// A marker must outlive its batch in Redis; the sweep of expired view keys removes it afterwards.
const BATCH_MARKER_MS = 7 * 24 * 3_600_000;

const ACCEPT_SCRIPT = `
if redis.call('SET', KEYS[1], '1', 'NX', 'PX', ARGV[1]) then
  redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
  return 1
end
return 0`;

const SEAL_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('RENAME', KEYS[1], KEYS[2])
  redis.call('SADD', KEYS[3], ARGV[1])
end
return redis.call('SMEMBERS', KEYS[3])`;

/** Buffers one view in Redis; true when it was new for this reader (and will be counted). */
export async function addViewInRedis(client: Redis, view: PendingView, dedupMs: number): Promise<boolean> {
  const field = `${view.articleId}:${hourOf(view.at).getTime()}`;
  const added = await client.eval(ACCEPT_SCRIPT, { keys: [seenKey(view.key), BUFFER], arguments: [String(Math.ceil(dedupMs)), field] });
  return added === 1;
}

/**
 * The shared path for an accepted view: true when Redis took it, false when Redis is not
 * configured or not reachable now (the caller keeps it in this instance's memory instead). A
 * command that timed out may still have run; counting it in memory too risks one double count,
 * which is better than losing it.
 */
export async function bufferViewShared(view: PendingView, dedupMs: number): Promise<boolean> {
  const client = getRedis(env.REDIS_URL);
  if (!client?.isReady) return false;
  try {
    await addViewInRedis(client, view, dedupMs);
    return true;
  } catch (error) {
    console.error('views: Redis did not take a view; it is buffered in memory', error instanceof Error ? error.message : error);
    return false;
  }
}

/**
 * Writes what Redis holds to the database when this instance holds (or takes) the flush lease.
 * Returns the views counted. Throws when Redis or the database fails; the batches stay for the
 * next flush.
 */
export async function flushRedisViews(client: Redis, db: Db, holder: string, leaseMs: number, now = new Date()): Promise<number> {
  const [buffered, sealed] = await Promise.all([client.exists(BUFFER), client.sCard(BATCHES)]);
  if (!buffered && !sealed) return 0;
  if (!(await claimLease(db, VIEWS_FLUSH_LEASE, holder, leaseMs, { now, renew: true }))) return 0;
  const id = randomUUID();
  const batches = (await client.eval(SEAL_SCRIPT, { keys: [BUFFER, batchKey(id), BATCHES], arguments: [id] })) as string[];
  let counted = 0;
  for (const batch of batches) {
    counted += await writeBatch(db, batch, await client.hGetAll(batchKey(batch)), now);
    await client.del(batchKey(batch));
    await client.sRem(BATCHES, batch);
  }
  return counted;
}

async function writeBatch(db: Db, batch: string, fields: Record<string, string>, now: Date): Promise<number> {
  const counts: HourCount[] = Object.entries(fields).map(([field, count]) => {
    const [articleId, hour] = field.split(':');
    return { articleId: Number(articleId), hour: new Date(Number(hour)), count: Number(count) };
  });
  return db.$transaction(
    async (tx) => {
      const marked = await tx.$queryRaw<{ key: string }[]>`
        INSERT INTO "ViewSeen" ("key", "expiresAt") VALUES (${`batch:${batch}`}, ${new Date(now.getTime() + BATCH_MARKER_MS)})
        ON CONFLICT ("key") DO NOTHING RETURNING "key"`;
      // Written before by a flusher that died before deleting it from Redis.
      if (!marked.length) return 0;
      // An article deleted since its views were accepted takes them with it.
      const ids = [...new Set(counts.map((entry) => entry.articleId))];
      const live = new Set((await tx.article.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((row) => row.id));
      const kept = counts.filter((entry) => live.has(entry.articleId));
      await addHourCounts(tx, kept);
      return kept.reduce((sum, entry) => sum + entry.count, 0);
    },
    { maxWait: 30_000, timeout: 60_000 },
  );
}
