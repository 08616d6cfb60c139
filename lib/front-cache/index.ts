import type { Env } from '../../env';
import { getCacheBus } from '../cache/bus.mjs';
import { createFrontCache, type FrontCache } from './front-cache';

/** The server's front cache, sized by FRONT_CACHE_MB, or null when that is 0 (turned off). */
export function frontCacheFromEnv(env: Env): FrontCache | null {
  if (env.FRONT_CACHE_MB === 0) return null;
  return createFrontCache({ maxBytes: Math.floor(env.FRONT_CACHE_MB * 1024 * 1024), bus: getCacheBus() });
}
