import { vi } from 'vitest';
import { startTestRedis, type TestRedis } from './redis-server';

/**
 * For Vitest files that run the app's modules with REDIS_URL set: starts Redis, sets the
 * variable and drops the loaded modules (the database set-up already loaded env.ts, which reads
 * the environment once), so what the test imports next sees Redis. `connected(want)` waits until
 * the app's client is (or is no longer) connected.
 */
export async function startRedisForApp(): Promise<TestRedis & { connected(want: boolean): Promise<void> }> {
  const redis = await startTestRedis();
  process.env.REDIS_URL = redis.url;
  vi.resetModules();
  const connected = async (want: boolean) => {
    const { getRedis } = await import('@/lib/redis/client.mjs');
    const until = Date.now() + 15_000;
    while (getRedis(redis.url)!.isReady !== want) {
      if (Date.now() > until) throw new Error(`Redis never became ${want ? 'ready' : 'unreachable'}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return { ...redis, connected };
}
