import { createDb } from '@/lib/db/client';
import { scheduleRefresh } from './scheduler';

// Runs once at server start (instrumentation.ts): re-arms the timers of upcoming scheduled
// articles, and of those that came due in the last day while the server was down, whose cached
// pages may still show the site without them.
const CATCH_UP_MS = 24 * 3_600_000;

export async function armScheduledRefreshes(now = new Date()): Promise<number> {
  const db = createDb();
  try {
    const rows = await db.article.findMany({
      where: { status: 'scheduled', publishedAt: { gt: new Date(now.getTime() - CATCH_UP_MS) } },
      select: { id: true, publishedAt: true },
    });
    for (const row of rows) scheduleRefresh(row.id, row.publishedAt!, now.getTime());
    return rows.length;
  } finally {
    await db.$disconnect();
  }
}
