import { beforeAll, describe, expect, it } from 'vitest';
import { POST } from '@/app/api/views/route';
import { createSession, SESSION_COOKIE } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { beacon, createArticles, totalViews } from '@/test/helpers/views';
import { acceptBeacon } from './beacon';
import { BeaconLimiter } from './beacon-limit';
import { getRecorder, ViewRecorder } from './recorder';

let articles: Awaited<ReturnType<typeof createArticles>>;
beforeAll(async () => {
  articles = await createArticles(3);
});

const flush = () => getRecorder().flush();

describe('POST /api/views', () => {
  it('counts a reader seeing a published article once, in its hourly bucket and total', async () => {
    const id = articles.published[0]!.id;
    const response = await POST(beacon({ id }, { address: '198.51.100.1' }));
    expect(response.status).toBe(202);
    await flush();
    expect(await totalViews(id)).toEqual({ total: 1, buckets: 1 });
  });

  it('counts one view when the same reader sends ten beacons, but one per other reader', async () => {
    const id = articles.published[1]!.id;
    for (let i = 0; i < 10; i++) expect((await POST(beacon({ id }, { address: '198.51.100.2' }))).status).toBe(202);
    await flush();
    expect(await totalViews(id)).toEqual({ total: 1, buckets: 1 });
    // Another address is another reader; the same address with another User-Agent is not (a
    // client can change it on every request to inflate the count).
    for (const userAgent of ['Mozilla/5.0 (iPhone) Safari/604.1', 'Mozilla/5.0 (X11) Firefox/140.0', 'Mozilla/5.0 (Mac) Safari/605.1']) {
      await POST(beacon({ id }, { address: '198.51.100.2', userAgent }));
    }
    await POST(beacon({ id }, { address: '198.51.100.3' }));
    await flush();
    expect(await totalViews(id)).toEqual({ total: 2, buckets: 2 });
  });

  it('reads a malformed escape in a cookie as no session, not as a server error', async () => {
    const id = articles.published[0]!.id;
    const response = await POST(beacon({ id }, { address: '198.51.100.4', headers: { cookie: `${SESSION_COOKIE}=%E0%A4%A; other=%` } }));
    expect(response.status).toBe(202);
    await flush();
  });

  it.each([
    ['unknown id', { id: 99_999 }, 404],
    ['malformed id (string)', { id: '12' }, 400],
    ['malformed id (negative)', { id: -1 }, 400],
    ['malformed id (fraction)', { id: 1.5 }, 400],
    ['missing id', {}, 400],
    ['non-JSON body', 'id=12', 400],
    ['oversized body', JSON.stringify({ id: 1, pad: 'x'.repeat(5000) }), 413],
  ])('refuses %s with a localized error and counts nothing', async (_name, body, status) => {
    const before = await db.viewBucket.aggregate({ _sum: { count: true } });
    const response = await POST(beacon(body, { address: '198.51.100.10' }));
    expect(response.status).toBe(status);
    const json = (await response.json()) as { error: string; message: string };
    expect(json.message).toMatch(/[\u0600-\u06FF]/);
    await flush();
    expect(await db.viewBucket.aggregate({ _sum: { count: true } })).toEqual(before);
  });

  it('answers an unpublished article 404 and in the reader language when asked', async () => {
    const response = await POST(beacon({ id: articles.draft.id }, { headers: { 'accept-language': 'fr-FR,fr;q=0.9' } }));
    expect(response.status).toBe(404);
    expect(((await response.json()) as { message: string }).message).toBe('Article introuvable ou non publié.');
    await flush();
    expect(await totalViews(articles.draft.id)).toEqual({ total: 0, buckets: 0 });
  });

  it('refuses a form body (415) and a beacon from another site (403)', async () => {
    const id = articles.published[2]!.id;
    expect((await POST(beacon({ id }, { headers: { 'content-type': 'application/x-www-form-urlencoded' } }))).status).toBe(415);
    expect((await POST(beacon({ id }, { headers: { origin: 'https://evil.example' } }))).status).toBe(403);
    await flush();
    expect(await totalViews(id)).toEqual({ total: 0, buckets: 0 });
  });

  it('does not count known bots, prefetches or signed-in staff', async () => {
    const id = articles.published[2]!.id;
    const bot = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
    expect((await POST(beacon({ id }, { userAgent: bot }))).status).toBe(204);
    expect((await POST(beacon({ id }, { userAgent: '' }))).status).toBe(204);
    expect((await POST(beacon({ id }, { headers: { 'sec-purpose': 'prefetch;prerender' } }))).status).toBe(204);
    const user = await db.user.create({ data: { email: 'ed@example.test', name: 'محرر', passwordHash: 'x', role: 'editor' } });
    const { token } = await createSession(user.id);
    const staff = await POST(beacon({ id }, { headers: { cookie: `other=1; ${SESSION_COOKIE}=${token}` } }));
    expect(staff.status).toBe(204);
    await flush();
    expect(await totalViews(id)).toEqual({ total: 0, buckets: 0 });
    // A stale or forged session cookie is an ordinary reader.
    expect((await POST(beacon({ id }, { headers: { cookie: `${SESSION_COOKIE}=forged` } }))).status).toBe(202);
    await flush();
    expect(await totalViews(id)).toEqual({ total: 1, buckets: 1 });
  });

  it('rate limits beacons per network address', async () => {
    const id = articles.published[0]!.id;
    const statuses = [];
    for (let i = 0; i < 61; i++) statuses.push((await POST(beacon({ id }, { address: '192.0.2.99' }))).status);
    expect(statuses.slice(0, 60).every((status) => status === 202)).toBe(true);
    const limited = await POST(beacon({ id }, { address: '192.0.2.99' }));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect((await POST(beacon({ id }, { address: '192.0.2.100' }))).status).toBe(202);
  });

  it('never stores the address or the user agent', async () => {
    await flush();
    const stored = JSON.stringify([await db.viewSeen.findMany(), await db.setting.findMany(), await db.viewBucket.findMany()]);
    expect(await db.viewSeen.count()).toBeGreaterThan(0);
    for (const secret of ['198.51.100.2', '192.0.2.99', 'Chrome/140']) expect(stored).not.toContain(secret);
  });
});

describe('dedup window', () => {
  it('counts the same reader again once the window has passed, and the salt rotates daily', async () => {
    const id = articles.published[2]!.id;
    const recorder = new ViewRecorder({ dedupMs: 30 * 60_000, flushMs: 3_600_000 });
    const limiter = new BeaconLimiter(1000);
    const send = (at: string) => acceptBeacon(beacon({ id }, { address: '203.0.113.50' }), { recorder, limiter, now: new Date(at) });
    const before = (await totalViews(id)).total;
    await send('2030-01-01T10:00:00Z');
    await send('2030-01-01T10:29:00Z');
    expect(await recorder.flush()).toBe(1);
    await send('2030-01-01T10:31:00Z');
    expect(await recorder.flush()).toBe(1);
    expect((await totalViews(id)).total).toBe(before + 2);
    const buckets = await db.viewBucket.findMany({ where: { articleId: id, hour: { gte: new Date('2030-01-01T00:00:00Z') } } });
    expect(buckets.map((bucket) => [bucket.hour.toISOString(), bucket.count])).toEqual([['2030-01-01T10:00:00.000Z', 2]]);
    // The next day's salt is new and yesterday's is gone.
    await send('2030-01-02T00:01:00Z');
    expect(await recorder.flush()).toBe(1);
    const salts = await db.setting.findMany({ where: { key: { startsWith: 'views.salt.' } } });
    expect(salts.map((salt) => salt.key)).toEqual(['views.salt.2030-01-02']);
  });
});
