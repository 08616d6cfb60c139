import { randomBytes, timingSafeEqual } from 'node:crypto';
import { loggableFailure } from '@/lib/db/errors';
import { readEnvVar } from '@/env';

// Scheduled articles need no job to become visible (reads treat a past publishedAt as
// published), but cached pages must be refreshed at that moment. Two triggers do it: the poller
// (scheduler-poll.ts), which finds due articles in the database on whichever instance holds its
// lease, so no restart or crash misses one; and, as a fast path, an in-process timer per upcoming
// article armed when it is scheduled. Cache refreshes only work inside a request, so both call
// this server's own route with a secret that never leaves the process (each instance calls only
// itself, with its own secret).

type State = { secret: string; timers: Map<number, NodeJS.Timeout> };
const store = globalThis as unknown as { midadSchedule?: State };
const state: State = (store.midadSchedule ??= { secret: randomBytes(32).toString('hex'), timers: new Map() });

// setTimeout overflows past ~24.8 days; longer waits re-arm in steps.
const MAX_DELAY_MS = 2 ** 31 - 1;
const RETRIES = 6;

export const SCHEDULE_HEADER = 'x-midad-schedule';

export function isScheduleSecret(value: string | null): boolean {
  if (!value) return false;
  const given = Buffer.from(value);
  const expected = Buffer.from(state.secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Asks this server to refresh the pages of `articleId`; throws when it did not answer 2xx. */
export async function callRefreshRoute(articleId: number): Promise<void> {
  const port = readEnvVar('PORT');
  const response = await fetch(`http://127.0.0.1:${port}/api/articles/scheduled`, {
    method: 'POST',
    headers: { [SCHEDULE_HEADER]: state.secret, 'content-type': 'application/json' },
    body: JSON.stringify({ id: articleId }),
  });
  if (!response.ok) throw new Error(`status ${response.status}`);
}

async function fire(articleId: number, attempt = 0): Promise<void> {
  try {
    await callRefreshRoute(articleId);
  } catch (error) {
    // At start-up the server may not listen yet; try again with a growing pause.
    if (attempt + 1 >= RETRIES) {
      console.error(`scheduled refresh of article ${articleId} failed`, loggableFailure(error));
      return;
    }
    setTimeout(() => void fire(articleId, attempt + 1), 1000 * 2 ** attempt).unref();
  }
}

/** (Re-)arms the refresh of one article at `at`; a time already past fires at once. */
export function scheduleRefresh(articleId: number, at: Date, now = Date.now()): void {
  cancelRefresh(articleId);
  const delay = Math.max(0, at.getTime() - now);
  const timer =
    delay > MAX_DELAY_MS
      ? setTimeout(() => scheduleRefresh(articleId, at), MAX_DELAY_MS)
      : // A short margin so the read that follows sees publishedAt <= now.
        setTimeout(() => {
          state.timers.delete(articleId);
          void fire(articleId);
        }, delay + 50);
  timer.unref();
  state.timers.set(articleId, timer);
}

export function cancelRefresh(articleId: number): void {
  const timer = state.timers.get(articleId);
  if (timer) clearTimeout(timer);
  state.timers.delete(articleId);
}

/** Ids with an armed timer (for tests and diagnostics). */
export function armedRefreshes(): number[] {
  return [...state.timers.keys()];
}
