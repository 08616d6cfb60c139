import { processDbSupervisor } from '@/lib/db/supervisor';
import { scheduleRefresh } from './scheduler';

// Runs once at server start (instrumentation.ts): re-arms the fast-path timers of upcoming
// scheduled articles. Those that came due while no instance ran are the poller's
// (scheduler-poll.ts), which finds them in the database.

export async function armScheduledRefreshes(now = new Date()): Promise<number> {
  const rows = await processDbSupervisor().client.article.findMany({
    where: { status: 'scheduled', publishedAt: { gt: now } },
    select: { id: true, publishedAt: true },
  });
  for (const row of rows) scheduleRefresh(row.id, row.publishedAt!, now.getTime());
  return rows.length;
}
