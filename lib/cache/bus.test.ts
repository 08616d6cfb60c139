import { describe, expect, it, vi } from 'vitest';
import { getCacheBus } from './bus.mjs';

describe('cache bus', () => {
  it('is one bus per process', () => {
    expect(getCacheBus()).toBe(getCacheBus());
  });

  it('maps both spellings of an Arabic path to the same tags', () => {
    const bus = getCacheBus();
    bus.recordTags('/ar/news/%D8%AE%D8%A8%D8%B1', ['article:1']);
    expect(bus.tagsOf('/ar/news/خبر')).toEqual(['article:1']);
  });

  it('tells every subscriber, and relays only announcements made in this process', () => {
    const bus = getCacheBus();
    const seen = vi.fn();
    const relayed = vi.fn();
    const stop = bus.subscribe(seen);
    const stopRelay = bus.onLocalAnnounce(relayed);
    bus.announce(['home:ar']);
    bus.announce(['home:fr'], { fromRemote: true });
    expect(seen.mock.calls).toEqual([[['home:ar']], [['home:fr']]]);
    expect(relayed.mock.calls).toEqual([[['home:ar']]]);
    stop();
    stopRelay();
    bus.announce(['home:en']);
    expect(seen).toHaveBeenCalledTimes(2);
  });
});
