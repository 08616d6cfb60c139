const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and generated database modules load from node_modules at run time, not from the bundle.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg', 'pg', '.prisma/sqlite', '.prisma/postgres'],
  poweredByHeader: false,
  // Pages live in one store (memory bounded by PAGE_CACHE_MB, or Redis with REDIS_URL), never on
  // disk; Next keeps no second copy in memory.
  cacheHandler: require.resolve('./lib/cache/handler.mjs'),
  cacheMaxMemorySize: 0,
  images: { unoptimized: false, formats: ['image/avif', 'image/webp'] },
  // Security headers are set on every response by the custom server (lib/http/security-headers.ts).
  // Server Action bodies: the same cap the custom server applies before Next reads them.
  experimental: { serverActions: { bodySizeLimit: require('./lib/http/action-body-limit.json').serverActionBodyLimitBytes } },
};

module.exports = withNextIntl(nextConfig);
