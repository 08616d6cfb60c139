import { afterEach, describe, expect, it, vi } from 'vitest';
import { armedRefreshes, cancelRefresh, isScheduleSecret, SCHEDULE_HEADER, scheduleRefresh } from './scheduler';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('scheduleRefresh', () => {
  it("calls this server's refresh route with the in-process secret at the article's time", async () => {
    vi.useFakeTimers();
    const calls: { url: string; secret: string | null; body: string }[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      calls.push({ url, secret: new Headers(init.headers).get(SCHEDULE_HEADER), body: String(init.body) });
      return new Response('{}', { status: 200 });
    });
    const now = Date.now();
    scheduleRefresh(42, new Date(now + 60_000), now);
    expect(armedRefreshes()).toContain(42);
    await vi.advanceTimersByTimeAsync(59_000);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/articles\/scheduled$/);
    expect(JSON.parse(calls[0]!.body)).toEqual({ id: 42 });
    expect(isScheduleSecret(calls[0]!.secret)).toBe(true);
    expect(armedRefreshes()).not.toContain(42);
  });

  it('tries again while the server is not answering yet, and a cancelled timer never fires', async () => {
    vi.useFakeTimers();
    let attempts = 0;
    vi.stubGlobal('fetch', async () => {
      attempts += 1;
      if (attempts < 3) throw new Error('ECONNREFUSED');
      return new Response('{}', { status: 200 });
    });
    const now = Date.now();
    scheduleRefresh(7, new Date(now - 1000), now);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(attempts).toBe(3);
    scheduleRefresh(8, new Date(now + 5000), now);
    cancelRefresh(8);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(attempts).toBe(3);
  });

  it('arms far-off dates without overflowing the timer', async () => {
    vi.useFakeTimers();
    const fetch = vi.fn(async () => new Response('{}'));
    vi.stubGlobal('fetch', fetch);
    const now = Date.now();
    scheduleRefresh(9, new Date(now + 40 * 24 * 3_600_000), now);
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetch).not.toHaveBeenCalled();
    cancelRefresh(9);
  });

  it('refuses a wrong or missing secret', () => {
    expect(isScheduleSecret(null)).toBe(false);
    expect(isScheduleSecret('guess')).toBe(false);
  });
});
