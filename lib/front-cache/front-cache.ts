import type { IncomingMessage, ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';
import { RENDER_MARGIN_MS } from '../cache/handler.mjs';
import { captureResponse } from './capture';
import { buildEntry, type FrontCacheEntry } from './entry';
import { announcementDrops } from './invalidation';
import { frontCacheKeyOf } from './request-key';
import { storableLifetimeMs } from './response-rules';
import { serveEntry } from './serve';

// Anonymous public pages answered from compressed bytes in memory, before Next's router, proxy
// and compression run (~3 ms of CPU per request even for a page Next has cached). Hand-written
// because it must sit inside this server, ahead of Next; the LRU, the encoding negotiation and
// the compression come from lru-cache, negotiator and zlib.

/** The part of the invalidation bus (lib/cache/bus.mjs) the cache listens to. */
export type TagSource = {
  tagsOf(key: string): string[] | undefined;
  subscribe(listener: (tags: string[]) => void): () => void;
  /** Every page is suspect: announcements may have been missed. */
  onEverything(listener: () => void): () => void;
  /** False while announcements from other instances cannot arrive. */
  hearing?(): boolean;
};

export type FrontCache = {
  /** Answers from the cache, or calls `next` (Next's handler) and keeps a copy of a storable answer. */
  handle(req: IncomingMessage, res: ServerResponse, next: () => void): void;
  /** Resolves when the copies being compressed now are stored (for tests). */
  settled(): Promise<void>;
  readonly entries: number;
  readonly bytes: number;
  close(): void;
};

export function createFrontCache(options: { maxBytes: number; bus: TagSource; now?: () => number; settleMs?: number }): FrontCache {
  const now = options.now ?? Date.now;
  // An answer that begins after an announcement may still be a render Next began before it: Next
  // hands concurrent requests for one page the same render. For as long as Next's own cache
  // distrusts such renders (its render margin), pages carrying a tag announced that recently are
  // answered by Next but not kept here.
  const settleMs = options.settleMs ?? RENDER_MARGIN_MS;
  const announcedAt = new Map<string, number>();
  let everythingAt = Number.NEGATIVE_INFINITY;
  function unsettled(path: string, tags: string[] | undefined): boolean {
    const at = now();
    if (at - everythingAt < settleMs) return true;
    // Oldest first (re-announced tags move to the end): what is older than the window goes.
    for (const [tag, when] of announcedAt) {
      if (at - when < settleMs) break;
      announcedAt.delete(tag);
    }
    return announcedAt.size > 0 && announcementDrops(path, tags, [...announcedAt.keys()]);
  }
  const pages = new LRUCache<string, FrontCacheEntry>({
    maxSize: options.maxBytes,
    sizeCalculation: (entry) => entry.size,
    // No single page may push out more than an eighth of the cache.
    maxEntrySize: Math.max(1, Math.floor(options.maxBytes / 8)),
  });
  // Bumped by every announcement: a response that began before one may be older than it.
  let generation = 0;
  // One copy in the making per page, however many readers ask at once.
  const building = new Set<string>();
  const storing = new Set<Promise<void>>();

  const unsubscribe = options.bus.subscribe((announced) => {
    generation++;
    for (const tag of announced) {
      announcedAt.delete(tag);
      announcedAt.set(tag, now());
    }
    const dropped = [...pages.entries()].filter(([path, entry]) => announcementDrops(path, entry.tags, announced));
    for (const [path] of dropped) pages.delete(path);
  });
  const stopEverything = options.bus.onEverything(() => {
    generation++;
    everythingAt = now();
    pages.clear();
  });

  function store(key: string, startedAt: number, headers: Parameters<typeof buildEntry>[0]['headers'], body: Buffer, lifetimeMs: number) {
    const tags = options.bus.tagsOf(key);
    const job = buildEntry({ headers, body, tags, expiresAt: now() + lifetimeMs })
      .then((entry) => {
        if (generation === startedAt && !unsettled(key, tags)) pages.set(key, entry);
      })
      .catch((error: unknown) => console.error('front cache: could not store', key, error))
      .finally(() => {
        building.delete(key);
        storing.delete(job);
      });
    storing.add(job);
  }

  return {
    handle(req, res, next) {
      const key = frontCacheKeyOf(req);
      // Deaf to other instances' announcements (Redis subscriber away): nothing kept here is trusted.
      if (key === null || options.bus.hearing?.() === false) return next();
      const entry = pages.get(key);
      if (entry && entry.expiresAt > now()) return serveEntry(req, res, entry);
      if (entry) pages.delete(key);
      // A HEAD answer has no body to keep; a conditional one may be a bodiless 304.
      if (req.method !== 'GET' || req.headers['if-none-match'] !== undefined || building.has(key)) return next();
      building.add(key);
      const startedAt = generation;
      let lifetimeMs = 0;
      let handedOver = false;
      captureResponse(res, {
        maxBytes: Math.floor(options.maxBytes / 8),
        keep: (status, headers) => (lifetimeMs = storableLifetimeMs(status, headers)) > 0 && generation === startedAt,
        done: (captured) => {
          handedOver = true;
          store(key, startedAt, captured.headers, captured.body, lifetimeMs);
        },
      });
      // 'close' follows 'finish': a response that was not handed over frees its page here.
      res.once('close', () => {
        if (!handedOver) building.delete(key);
      });
      next();
    },
    async settled() {
      await Promise.all([...storing]);
    },
    get entries() {
      return pages.size;
    },
    get bytes() {
      return pages.calculatedSize;
    },
    close() {
      unsubscribe();
      stopEverything();
      pages.clear();
    },
  };
}
