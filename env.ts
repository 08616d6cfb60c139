import proxyAddr from 'proxy-addr';
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
  // Database resilience: a request never waits longer than this for a connection or the write lock.
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().max(1000).default(10),
  DATABASE_WAIT_MS: z.coerce.number().int().positive().default(5000),
  // A statement (PostgreSQL) or a whole transaction (both) running longer is cancelled.
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  // Idle PostgreSQL connections are closed after this long (and reopened when needed).
  DATABASE_IDLE_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  // SQLite's own busy wait blocks the event loop; keep it tiny and retry asynchronously instead.
  SQLITE_BUSY_TIMEOUT_MS: z.coerce.number().int().min(0).max(100).default(5),
  // GET /api/health answers 503 when a database write takes longer than this.
  HEALTH_TIMEOUT_MS: z.coerce.number().int().positive().default(2000),
  // How long `npm start` waits for buffered writes (views) when it stops.
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  // Rendered pages kept in this process's memory (megabytes); least recently used go first.
  PAGE_CACHE_MB: z.coerce.number().int().positive().default(128),
  // Redis shared by every instance (page cache and its invalidation, rate limits); unset: this
  // process's memory and the database.
  REDIS_URL: z.preprocess((value) => (value === '' ? undefined : value), z.url({ protocol: /^rediss?$/ }).optional()),
  // Memory for the front cache of compressed public pages, in megabytes; 0 turns it off.
  FRONT_CACHE_MB: z.coerce.number().min(0).max(4096).default(64),
  // Proxies whose X-Forwarded-For is believed: addresses, CIDRs or proxy-addr names (loopback,
  // linklocal, uniquelocal), comma-separated. Empty: the socket's address is the client's.
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .refine((value) => canCompileProxies(value), 'a comma-separated list of IP addresses, CIDRs or loopback/linklocal/uniquelocal'),
  // Uploads: per user, at most this many per minute (every instance together) and this many being
  // read and decoded at once in one instance (decoding a large picture takes hundreds of MB).
  MEDIA_UPLOADS_PER_MINUTE: z.coerce.number().int().positive().default(20),
  MEDIA_UPLOADS_IN_FLIGHT: z.coerce.number().int().positive().max(16).default(2),
  // How often each instance looks for scheduled articles that came due.
  SCHEDULE_POLL_SECONDS: z.coerce.number().int().positive().max(60).default(5),
  // How often expired rate-limit rows, sessions and view-dedup keys are deleted (by one instance).
  SWEEP_MINUTES: z.coerce.number().int().positive().default(10),
  // Uploaded media in an S3-compatible bucket instead of MEDIA_DIR (set the bucket to enable).
  MEDIA_S3_BUCKET: z.string().min(1).optional(),
  MEDIA_S3_ENDPOINT: z.url().optional(),
  MEDIA_S3_REGION: z.string().min(1).default('us-east-1'),
  MEDIA_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  MEDIA_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  MEDIA_S3_PREFIX: z.string().default(''),
  MEDIA_S3_FORCE_PATH_STYLE: z.enum(['0', '1']).default('1'),
  // Searches answered per network address per minute; more get a 429.
  SEARCH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(30),
});

/** The trusted-proxy list as proxy-addr reads it (empty entries dropped). */
export function proxyList(value: string): string[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

function canCompileProxies(value: string): boolean {
  try {
    proxyAddr.compile(proxyList(value));
    return true;
  } catch {
    return false;
  }
}

export type Env = z.infer<typeof schema>;

/**
 * The environment validated as it is now. The server reads it when it starts (server.ts), because
 * a launcher (npm start, the test servers) may set variables after this module was first loaded.
 */
export function readEnv(): Env {
  return schema.parse(process.env);
}

export const env = readEnv();

/** The public origin without a trailing slash, for canonical URLs, feeds and sitemaps. */
export const siteOrigin = env.SITE_URL.replace(/\/+$/, '');
