import { expect, test } from '@playwright/test';
import { createClient } from 'redis';
import { startTestRedis } from '../test/helpers/redis-server';
import { startServer } from './helpers/extra-server';

// With REDIS_URL the page cache lives in Redis. Killing Redis while the site runs: pages keep
// being served (from this instance's memory, or rendered); when Redis returns the site goes back
// to it by itself. Desktop project only (playwright.config.ts): a viewport changes nothing here.

test.describe.configure({ timeout: 300_000 });

test('pages are served while Redis is down, and the shared cache is used again when it returns', async () => {
  const redis = await startTestRedis();
  const saved = { REDIS_URL: process.env.REDIS_URL, FRONT_CACHE_MB: process.env.FRONT_CACHE_MB };
  // The front cache off: this is about the shared store behind it, which its in-memory copies
  // would otherwise answer for.
  Object.assign(process.env, { REDIS_URL: redis.url, FRONT_CACHE_MB: '0' });
  const server = await startServer('redis-cache', 3363).finally(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
  /** How many entries the shared store holds, read straight from Redis. */
  const storedPages = async () => {
    const inspector = createClient({ url: redis.url });
    await inspector.connect();
    try {
      return (await inspector.keys('midad:cache:e:*')).length;
    } finally {
      inspector.destroy();
    }
  };
  try {
    // Rendered once, then answered from Redis.
    expect((await fetch(`${server.base}/ar/section/politics`)).status).toBe(200);
    const second = await fetch(`${server.base}/ar/section/politics`);
    expect(second.headers.get('x-nextjs-cache')).toBe('HIT');
    expect(await storedPages()).toBeGreaterThan(0);

    await redis.stop();
    for (const path of ['/ar', '/ar/section/politics', '/ar/section/economy', '/feeds/ar/rss.xml']) {
      const started = Date.now();
      const response = await fetch(`${server.base}${path}`);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toContain('مداد');
      expect(Date.now() - started, path).toBeLessThan(20_000);
    }

    await redis.start();
    // The server reconnects by itself: new renders land in Redis again.
    await expect
      .poll(
        async () => {
          await fetch(`${server.base}/ar/section/sports`);
          return storedPages();
        },
        { timeout: 30_000, intervals: [500] },
      )
      .toBeGreaterThan(0);
  } finally {
    server.stop();
    await redis.stop();
  }
});
