import { z } from 'zod';

// The one place app code reads process.env; a bad value stops the server at start-up.
const schema = z.object({
  DATABASE_URL: z.string().optional(),
  SITE_URL: z.url().default('http://localhost:3000'),
  SITE_NAME: z.string().default('مداد'),
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
});

export const env = schema.parse(process.env);

/** The public origin without a trailing slash, for canonical URLs, feeds and sitemaps. */
export const siteOrigin = env.SITE_URL.replace(/\/+$/, '');
