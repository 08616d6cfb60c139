import { env } from '@/env';

/** View counting settings, from the environment (tests and the e2e server shorten them). */
export const viewsConfig = {
  dedupMs: env.VIEWS_DEDUP_MINUTES * 60_000,
  rateLimitPerMinute: env.VIEWS_RATE_LIMIT_PER_MINUTE,
  flushMs: env.VIEWS_FLUSH_MS,
  refreshMs: env.MOST_VIEWED_REFRESH_SECONDS * 1000,
  // A beacon body is `{"id":123}`; anything much larger is not ours.
  maxBodyBytes: 256,
};

export const HOUR_MS = 3_600_000;

/** The start of the UTC hour a moment falls in: the key of its bucket. */
export function hourOf(date: Date): Date {
  return new Date(Math.floor(date.getTime() / HOUR_MS) * HOUR_MS);
}
