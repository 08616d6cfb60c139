import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getCacheBus } from './bus.mjs';
import { applyRecordedExpiries, recordTagExpiry } from './expiry-outbox';
import { getCacheStore } from './handler.mjs';

// A script records tag expiries in the database; a server applies each once to its page store
// and announces them to its front cache.
describe('tag expiries recorded by scripts', () => {
  it('reach the page store and the bus once, and leave other pages alone', async () => {
    const store = getCacheStore();
    const page = (tags: string[]) => ({ value: { kind: 'APP_PAGE' }, lastModified: Date.now() - 1000, tags });
    await store.set('/ar', page(['edition:ar']));
    await store.set('/fr', page(['edition:fr']));
    const announced: string[][] = [];
    const stop = getCacheBus().subscribe((tags) => announced.push(tags));
    try {
      const applied = new Set<string>();
      expect(await applyRecordedExpiries(db, applied)).toEqual([]);
      await recordTagExpiry(db, ['edition:ar', 'feeds']);
      expect(await applyRecordedExpiries(db, applied)).toEqual(['edition:ar', 'feeds']);
      expect(announced).toEqual([['edition:ar', 'feeds']]);
      expect(await store.get('/ar')).toBeNull();
      expect(await store.get('/fr')).not.toBeNull();
      // Applied once: the next read finds nothing new.
      expect(await applyRecordedExpiries(db, applied)).toEqual([]);
      expect(announced).toHaveLength(1);
    } finally {
      stop();
    }
  });

  it('are removed by a later writer once they are old', async () => {
    await recordTagExpiry(db, ['feeds'], Date.now() - 3_600_000);
    await recordTagExpiry(db, ['sitemaps']);
    const keys = (await db.setting.findMany({ where: { key: { startsWith: 'cache-expiry:' } } })).map((row) => row.value);
    expect(keys).not.toContain('["feeds"]');
    expect(keys).toContain('["sitemaps"]');
  });
});
