import { afterEach, describe, expect, it, vi } from 'vitest';
import { getCacheBus } from './bus.mjs';
import CacheHandler, { configureCache, createCacheStore } from './handler.mjs';
import { createMemoryStore } from './memory-store.mjs';

// A page as Next 16.4 hands it to the handler: keyed by route, tags in a header.
const pageKey = (path: string) => `/route-cache/APP_PAGE/0123abcd/$${path}`;
function page(tags: string[], options: { status?: number; htmlBytes?: number } = {}) {
  return {
    kind: 'APP_PAGE',
    html: 'x'.repeat(options.htmlBytes ?? 100),
    rscData: Buffer.from('rsc'),
    headers: { 'x-next-cache-tags': tags.join(',') },
    status: options.status ?? 200,
    segmentData: new Map([['/_tree', Buffer.from('tree')]]),
  };
}
const STORE = Symbol.for('midad.cache.store');

function freshHandler(maxBytes = 8 * 1024 * 1024) {
  (globalThis as Record<symbol, unknown>)[STORE] = undefined;
  configureCache({ maxBytes, renderMarginMs: 0 });
  return new CacheHandler();
}

afterEach(() => {
  (globalThis as Record<symbol, unknown>)[STORE] = undefined;
  configureCache({});
});

describe('memory store', () => {
  it('stays within its byte bound whatever the number of URLs', async () => {
    const maxBytes = 2 * 1024 * 1024;
    const store = createMemoryStore({ maxBytes });
    for (let index = 0; index < 2000; index += 1) {
      await store.set(pageKey(`/ar/tag/unknown-${index}`), { value: page([], { htmlBytes: 60_000 }), lastModified: Date.now(), tags: [] });
    }
    expect(store.byteSize()).toBeLessThanOrEqual(maxBytes);
    expect(store.entryCount()).toBeLessThan(40);
    // The most recent survive; the oldest went first.
    expect(await store.get(pageKey('/ar/tag/unknown-1999'))).not.toBeNull();
    expect(await store.get(pageKey('/ar/tag/unknown-0'))).toBeNull();
  });

  it('treats an entry written before a tag expired as a miss, and one written after as a hit', async () => {
    const store = createMemoryStore({ maxBytes: 1024 * 1024 });
    await store.set('a', { value: page(['article:1']), lastModified: 1000, tags: ['article:1'] });
    await store.expireTags(['article:1'], 2000);
    expect(await store.get('a')).toBeNull();
    await store.set('a', { value: page(['article:1']), lastModified: 3000, tags: ['article:1'] });
    expect(await store.get('a')).not.toBeNull();
  });
});

describe('cache handler', () => {
  it('stores a page, records its tags on the bus under its path, and misses once a tag expires', async () => {
    const handler = freshHandler();
    const announced = vi.fn();
    const stop = getCacheBus().subscribe(announced);
    await handler.set(pageKey('/ar/news/%D8%AE%D8%A8%D8%B1'), page(['article:7', 'home:ar']), { cacheControl: { revalidate: 3600 } });
    expect(getCacheBus().tagsOf('/ar/news/خبر')).toEqual(['article:7', 'home:ar']);
    const hit = await handler.get(pageKey('/ar/news/%D8%AE%D8%A8%D8%B1'), { kind: 'APP_PAGE' });
    expect(hit?.value.html).toHaveLength(100);
    expect(hit?.cacheControl).toEqual({ revalidate: 3600 });

    await handler.revalidateTag(['article:7'], { expire: 0 });
    expect(announced).toHaveBeenCalledWith(['article:7']);
    expect(await handler.get(pageKey('/ar/news/%D8%AE%D8%A8%D8%B1'), { kind: 'APP_PAGE' })).toBeNull();
    stop();
  });

  it('keys the home page by its path', async () => {
    const handler = freshHandler();
    await handler.set(pageKey('/index'), page(['home:ar']), {});
    expect(getCacheBus().tagsOf('/')).toEqual(['home:ar']);
  });

  it('never stores a 404, and drops the page a 404 replaces', async () => {
    const handler = freshHandler();
    await handler.set(pageKey('/ar/news/x'), page(['article:9']), {});
    await handler.set(pageKey('/ar/news/x'), page([], { status: 404 }), {});
    expect(await handler.get(pageKey('/ar/news/x'), { kind: 'APP_PAGE' })).toBeNull();
    await handler.set(pageKey('/ar/tag/nothing'), page([], { status: 404 }), {});
    expect(await handler.get(pageKey('/ar/tag/nothing'), { kind: 'APP_PAGE' })).toBeNull();
  });

  it('expires data by its own tags and by the implicit path tags of revalidatePath', async () => {
    const handler = freshHandler();
    const data = { kind: 'FETCH', data: { headers: {}, body: 'null', url: '', status: 200 }, tags: ['feeds'], revalidate: 300 };
    await handler.set('k', data, { tags: ['feeds'] });
    const context = { kind: 'FETCH', tags: ['feeds'], softTags: ['_N_T_/feeds/ar/rss.xml'] };
    expect(await handler.get('k', context)).not.toBeNull();
    await handler.revalidateTag('_N_T_/feeds/ar/rss.xml');
    expect(await handler.get('k', context)).toBeNull();
  });

  it('dates an entry before its render, so a render that read before an expiry does not outlive it', async () => {
    (globalThis as Record<symbol, unknown>)[STORE] = undefined;
    configureCache({ renderMarginMs: 5000 });
    const handler = new CacheHandler();
    await handler.revalidateTag(['section:ar:politics'], { expire: 0 });
    // Stored just after the expiry: its data may have been read before it.
    await handler.set(pageKey('/ar/section/politics'), page(['section:ar:politics']), {});
    expect(await handler.get(pageKey('/ar/section/politics'), { kind: 'APP_PAGE' })).toBeNull();
  });

  it('builds a memory store without REDIS_URL', () => {
    const store = createCacheStore({ maxBytes: 1024 });
    expect('entryCount' in store).toBe(true);
  });
});
