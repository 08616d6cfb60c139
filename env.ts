import proxyAddr from 'proxy-addr';
import { z } from 'zod';

// The one place app code reads process.env; a bad value stops the server at start-up.
// An empty variable counts as unset (`.env.example` lists every name with an empty value), so it
// takes its default.
const nonNegative = z.coerce.number().min(0);
const schema = z.object({
  // SQLite file or postgresql:// URL; unset: the embedded SQLite file (lib/db/url.ts).
  DATABASE_URL: z.string().trim().optional(),
  SITE_URL: z.url().default('http://localhost:3000'),
  SITE_NAME: z.string().default('مداد'),
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  // Where `npm start` listens; the scheduler and page warmer call this server back on PORT.
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  HOSTNAME: z.string().default('0.0.0.0'),
  // A staff session ends after this long unused, and at most this long after sign-in.
  SESSION_IDLE_MINUTES: z.coerce.number().positive().default(120),
  SESSION_MAX_HOURS: z.coerce.number().positive().default(12),
  // Signs comment-form tokens and salts address hashes; unset: one secret kept in the database.
  COMMENT_SECRET: z.string().optional(),
  // Comment spam and flood limits (0 turns a limit off; a load test sets them so).
  COMMENT_MIN_FILL_SECONDS: nonNegative.default(3),
  COMMENT_FORM_MAX_HOURS: z.coerce.number().positive().default(24),
  COMMENT_SAME_SOURCE_SECONDS: nonNegative.default(15),
  COMMENT_ADDRESS_MAX: z.coerce.number().int().min(0).default(5),
  COMMENT_ADDRESS_WINDOW_MINUTES: nonNegative.default(10),
  // Uploaded media folder; unset: data/media under the project root.
  MEDIA_DIR: z.string().optional(),
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
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
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

/** Every variable the project reads, for the check that `.env.example` lists them all. */
export const envNames = Object.keys(schema.shape) as (keyof Env)[];

type EnvName = keyof Env;

function setVariables(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => !!entry[1]));
}

/** Names each bad variable with what is wrong with it, so a typo stops the start with a clear line. */
function explain(error: z.ZodError): Error {
  const lines = error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  return new Error(`Invalid environment variables:\n${lines.join('\n')}`);
}

/**
 * The environment validated as it is now. The server reads it when it starts (server.ts), because
 * a launcher (npm start, the test servers) may set variables after this module was first loaded.
 */
export function readEnv(): Env {
  const parsed = schema.safeParse(setVariables());
  if (!parsed.success) throw explain(parsed.error);
  return parsed.data;
}

/**
 * One variable as it is now, for the few that a launcher or a test sets after start-up (PORT,
 * MEDIA_DIR, DATABASE_URL).
 */
export function readEnvVar<Name extends EnvName>(name: Name): Env[Name] {
  const value = process.env[name] || undefined;
  const parsed = schema.shape[name].safeParse(value);
  if (!parsed.success) throw explain(new z.ZodError(parsed.error.issues.map((issue) => ({ ...issue, path: [name] }))));
  return parsed.data as Env[Name];
}

export const env = readEnv();

/** The public origin without a trailing slash, for canonical URLs, feeds and sitemaps. */
export const siteOrigin = env.SITE_URL.replace(/\/+$/, '');
