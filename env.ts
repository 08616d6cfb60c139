import { z } from 'zod';

// The one place app code reads process.env; a bad value stops the server at start-up.
const schema = z.object({
  DATABASE_URL: z.string().optional(),
  SITE_URL: z.url().default('http://localhost:3000'),
  SITE_NAME: z.string().default('مداد'),
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  // View counting: one view per reader per article per this many minutes.
  VIEWS_DEDUP_MINUTES: z.coerce.number().positive().default(30),
  // Beacons accepted per network address per minute.
  VIEWS_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(60),
  // How often buffered views are written to the database.
  VIEWS_FLUSH_MS: z.coerce.number().int().positive().default(1000),
  // The most-viewed list may be this old.
  MOST_VIEWED_REFRESH_SECONDS: z.coerce.number().int().positive().max(60).default(60),
});

export const env = schema.parse(process.env);

/** The public origin without a trailing slash, for canonical URLs, feeds and sitemaps. */
export const siteOrigin = env.SITE_URL.replace(/\/+$/, '');
