import { env } from '@/env';
import { loggableFailure } from '@/lib/db/errors';
import { callRefreshRoute } from '@/lib/articles/publishing/scheduler';
import { pollDueArticles, SCHEDULE_LEASE } from '@/lib/articles/publishing/scheduler-poll';
import { processDbSupervisor } from '@/lib/db/supervisor';
import { getRedis } from '@/lib/redis/client.mjs';
import { flushRedisViews, VIEWS_FLUSH_LEASE } from '@/lib/views/redis-buffer';
import { PROCESS_HOLDER, releaseLease } from './lease';
import { sweepIfDue } from './sweep';

const store = globalThis as unknown as { midadJobs?: boolean };

/**
 * Starts this instance's background rounds (once per process): the scheduled-publication poller
 * every SCHEDULE_POLL_SECONDS, the sweep of expired rows every SWEEP_MINUTES and, with Redis, the
 * flush of the shared view buffer every VIEWS_FLUSH_MS (lib/views/redis-buffer.ts). Every instance
 * runs them; the leases make each piece of work happen once. Timers do not keep the process up,
 * and at shutdown the poller's lease is given back so another instance takes over at once.
 */
export function startBackgroundJobs(): void {
  if (store.midadJobs) return;
  store.midadJobs = true;
  const db = processDbSupervisor().client;
  const pollMs = env.SCHEDULE_POLL_SECONDS * 1000;
  // Three missed rounds before another instance may take over from a silent holder.
  const leaseMs = pollMs * 3;
  const sweepMs = env.SWEEP_MINUTES * 60_000;

  let polling = false;
  const poll = async () => {
    if (polling) return;
    polling = true;
    try {
      await pollDueArticles(db, PROCESS_HOLDER, leaseMs, callRefreshRoute);
    } catch (error) {
      console.error('scheduled publication: poll failed', loggableFailure(error));
    } finally {
      polling = false;
    }
  };
  const sweep = async () => {
    try {
      await sweepIfDue(db, PROCESS_HOLDER, sweepMs);
    } catch (error) {
      console.error('sweep of expired rows failed', loggableFailure(error));
    }
  };
  const redis = getRedis(env.REDIS_URL);
  // A flusher silent this long (killed mid-flush, say) leaves the views to another instance.
  const viewsLeaseMs = Math.max(5000, env.VIEWS_FLUSH_MS * 5);
  let flushing: Promise<unknown> = Promise.resolve();
  const flushViews = () => {
    if (!redis?.isReady) return flushing;
    flushing = flushing
      .then(() => flushRedisViews(redis, db, PROCESS_HOLDER, viewsLeaseMs))
      .catch((error: unknown) => console.error('views: flushing the shared buffer failed; it will be retried', loggableFailure(error)));
    return flushing;
  };
  const pollTimer = setInterval(() => void poll(), pollMs);
  const sweepTimer = setInterval(() => void sweep(), sweepMs);
  const viewsTimer = redis ? setInterval(() => void flushViews(), env.VIEWS_FLUSH_MS) : undefined;
  pollTimer.unref();
  sweepTimer.unref();
  viewsTimer?.unref();
  // The first sweep a little after start, once the server is serving.
  setTimeout(() => void sweep(), 30_000).unref();

  process.on('midad:shutdown' as never, (pending?: Promise<unknown>[]) => {
    clearInterval(pollTimer);
    clearInterval(sweepTimer);
    clearInterval(viewsTimer);
    const released = releaseLease(db, SCHEDULE_LEASE, PROCESS_HOLDER).catch(() => {});
    // One last flush of the shared buffer, then the lease goes to whoever flushes next.
    const flushed = redis
      ? flushViews().then(() => releaseLease(db, VIEWS_FLUSH_LEASE, PROCESS_HOLDER).catch(() => {}))
      : Promise.resolve();
    if (Array.isArray(pending)) pending.push(released, flushed);
  });
}
