import { describe, expect, it } from 'vitest';
import { sharedMaxAgeOf, storableLifetimeMs } from './response-rules';

const page = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 's-maxage=300, stale-while-revalidate=31535700',
  'x-nextjs-cache': 'HIT',
  vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding',
};

describe('which answers of Next the front cache keeps', () => {
  it('keeps a fresh 200 for as long as its s-maxage', () => {
    expect(storableLifetimeMs(200, page)).toBe(300_000);
    expect(storableLifetimeMs(200, { ...page, 'x-nextjs-cache': 'MISS', 'content-encoding': 'gzip' })).toBe(300_000);
    expect(storableLifetimeMs(200, { ...page, 'content-type': 'application/rss+xml; charset=utf-8' })).toBe(300_000);
  });

  it('refuses stale, uncached, cookie-setting, non-200, private, binary and cookie-varying answers', () => {
    expect(storableLifetimeMs(200, { ...page, 'x-nextjs-cache': 'STALE' })).toBe(0);
    expect(storableLifetimeMs(200, { ...page, 'x-nextjs-cache': 'REVALIDATED' })).toBe(0);
    expect(storableLifetimeMs(200, { ...page, 'set-cookie': ['a=b'] })).toBe(0);
    expect(storableLifetimeMs(404, page)).toBe(0);
    expect(storableLifetimeMs(301, page)).toBe(0);
    expect(storableLifetimeMs(200, { ...page, 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' })).toBe(0);
    expect(storableLifetimeMs(200, { ...page, 'content-type': 'image/webp' })).toBe(0);
    expect(storableLifetimeMs(200, { ...page, vary: 'Cookie' })).toBe(0);
    expect(storableLifetimeMs(200, { ...page, 'content-encoding': 'zstd' })).toBe(0);
  });

  it('keeps a route handler answer (no x-nextjs-cache) that is public, for its max-age', () => {
    const feed = { 'content-type': 'application/rss+xml; charset=utf-8', 'cache-control': 'public, max-age=300, stale-while-revalidate=1800' };
    expect(storableLifetimeMs(200, feed)).toBe(300_000);
    expect(storableLifetimeMs(200, { ...feed, 'cache-control': 'public, max-age=0, must-revalidate' })).toBe(0);
    expect(storableLifetimeMs(200, { ...feed, 'cache-control': 'max-age=300' })).toBe(0);
  });

  it('reads s-maxage, or max-age of a public answer, and nothing of a private one', () => {
    expect(sharedMaxAgeOf('public, s-maxage=60')).toBe(60);
    expect(sharedMaxAgeOf('public, max-age=600, s-maxage=60')).toBe(60);
    expect(sharedMaxAgeOf('public, max-age=60')).toBe(60);
    expect(sharedMaxAgeOf('max-age=60')).toBe(0);
    expect(sharedMaxAgeOf('s-maxage=60, private')).toBe(0);
  });
});
