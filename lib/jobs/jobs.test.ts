import { beforeAll, describe, expect, it } from 'vitest';
import { findDueArticles, markAnnounced, pollDueArticles, SCHEDULE_LEASE } from '@/lib/articles/publishing/scheduler-poll';
import { db } from '@/lib/db';
import { claimLease, releaseLease } from './lease';
import { sweepExpired, sweepIfDue } from './sweep';

const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

describe('claimLease', () => {
  it('gives a free lease to exactly one of many instances racing for it', async () => {
    const now = new Date('2030-01-01T00:00:00Z');
    const claims = await Promise.all(Array.from({ length: 12 }, (_, i) => claimLease(db, 'race', `instance-${i}`, 10_000, { now })));
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it('lets the holder renew, others wait for expiry, and a released lease go at once', async () => {
    const now = new Date('2030-01-01T00:00:00Z');
    expect(await claimLease(db, 'renewal', 'a', 10_000, { now, renew: true })).toBe(true);
    expect(await claimLease(db, 'renewal', 'a', 10_000, { now: at(now, 5000), renew: true })).toBe(true);
    expect(await claimLease(db, 'renewal', 'b', 10_000, { now: at(now, 14_000), renew: true })).toBe(false);
    // a went silent (crashed): b takes over once a's last renewal has expired.
    expect(await claimLease(db, 'renewal', 'b', 10_000, { now: at(now, 15_000), renew: true })).toBe(true);
    await releaseLease(db, 'renewal', 'b');
    expect(await claimLease(db, 'renewal', 'a', 10_000, { now: at(now, 15_001) })).toBe(true);
    // Without renew, not even the holder takes it again before expiry.
    expect(await claimLease(db, 'renewal', 'a', 10_000, { now: at(now, 16_000) })).toBe(false);
  });
});

describe('scheduled publication poller', () => {
  let section: { id: number };
  const now = new Date();
  const article = (slug: string, publishedAt: Date, extra: { status?: string; announcedAt?: Date } = {}) =>
    db.article.create({
      data: { locale: 'ar', slug, title: slug, body: '<p>نص</p>', sectionId: section.id, status: extra.status ?? 'scheduled', publishedAt, announcedAt: extra.announcedAt },
    });

  beforeAll(async () => {
    section = await db.section.create({ data: { slug: 'scheduled-poll', name: 'قسم', locale: 'ar' } });
  });

  it('finds scheduled articles that came due and were not announced for their time', async () => {
    const due = await article('due', at(now, -1000));
    const rescheduled = await article('rescheduled', at(now, -500), { announcedAt: at(now, -3_600_000) });
    await article('future', at(now, 60_000));
    await article('announced', at(now, -2000), { announcedAt: at(now, -1000) });
    await article('published', at(now, -1000), { status: 'published' });
    await article('long-ago', at(now, -3 * 24 * 3_600_000));
    expect((await findDueArticles(db, now)).sort()).toEqual([due.id, rescheduled.id].sort());
    // Marking is for the time the article carries: a changed time is not marked.
    expect(await markAnnounced(db, due.id, at(now, -999), now)).toBe(false);
    expect(await markAnnounced(db, due.id, due.publishedAt!, now)).toBe(true);
    expect(await markAnnounced(db, rescheduled.id, rescheduled.publishedAt!, now)).toBe(true);
    expect(await findDueArticles(db, now)).toEqual([]);
    // The raw update leaves updatedAt (part of public URLs) alone.
    expect((await db.article.findUniqueOrThrow({ where: { id: due.id } })).updatedAt).toEqual(due.updatedAt);
  });

  it('announces each due article once across instances, and carries on when the holder dies', async () => {
    const first = await article('first', at(now, 1000));
    const calls: { holder: string; id: number }[] = [];
    const announcer = (holder: string) => async (id: number) => {
      calls.push({ holder, id });
      const row = await db.article.findUniqueOrThrow({ where: { id } });
      await markAnnounced(db, id, row.publishedAt!, at(now, 2000));
    };
    const round = (holder: string, when: Date) => pollDueArticles(db, holder, 15_000, announcer(holder), when);

    // A and B poll together, after the time: A took the lease first, announces; B does nothing.
    await round('A', at(now, 2000));
    await round('B', at(now, 2000));
    expect(calls).toEqual([{ holder: 'A', id: first.id }]);
    await Promise.all([round('A', at(now, 7000)), round('B', at(now, 7000))]);
    expect(calls).toHaveLength(1);

    // A dies with the lease. Another article comes due: B takes over once A's lease has expired.
    const second = await article('second', at(now, 10_000));
    await round('B', at(now, 12_000));
    expect(calls).toHaveLength(1);
    await round('B', at(now, 22_001));
    expect(calls).toEqual([
      { holder: 'A', id: first.id },
      { holder: 'B', id: second.id },
    ]);
  });

  it('tries an article again next round when announcing it failed', async () => {
    await db.lease.deleteMany({ where: { name: SCHEDULE_LEASE } });
    const flaky = await article('flaky', at(now, -100));
    let attempts = 0;
    const announce = async (id: number) => {
      attempts++;
      if (attempts === 1) throw new Error('server not listening yet');
      await markAnnounced(db, id, flaky.publishedAt!, now);
    };
    expect(await pollDueArticles(db, 'C', 15_000, announce, now)).toEqual([]);
    expect(await pollDueArticles(db, 'C', 15_000, announce, now)).toEqual([flaky.id]);
    expect(await pollDueArticles(db, 'C', 15_000, announce, now)).toEqual([]);
  });
});

describe('sweep', () => {
  it('deletes expired rate-limit rows, sessions, view keys, device tokens, reset links and invitations, and keeps live ones', async () => {
    const now = new Date('2030-06-01T12:00:00Z');
    const user = await db.user.create({ data: { email: 'sweep@example.test', name: 'U', role: 'author', passwordHash: 'x' } });
    await db.rateLimit.createMany({
      data: [
        { key: 'gone', count: 1, windowStart: at(now, -120_000), expiresAt: at(now, -60_000) },
        { key: 'live', count: 1, windowStart: at(now, -1000), expiresAt: at(now, 59_000) },
        { key: 'legacy-gone', count: 1, windowStart: at(now, -2 * 24 * 3_600_000) },
        { key: 'legacy-blocked', count: 9, windowStart: at(now, -2 * 24 * 3_600_000), blockedTill: at(now, 60_000) },
      ],
    });
    await db.session.createMany({
      data: [
        { tokenHash: 'expired', userId: user.id, expiresAt: at(now, -1) },
        { tokenHash: 'current', userId: user.id, expiresAt: at(now, 3_600_000) },
      ],
    });
    await db.viewSeen.createMany({ data: [{ key: 'old', expiresAt: at(now, -1) }, { key: 'new', expiresAt: at(now, 1000) }] });
    await db.deviceToken.createMany({
      data: [
        { tokenHash: 'device-expired', userId: user.id, expiresAt: at(now, -1) },
        { tokenHash: 'device-live', userId: user.id, expiresAt: at(now, 86_400_000) },
      ],
    });
    await db.passwordReset.createMany({
      data: [
        { tokenHash: 'reset-expired', userId: user.id, expiresAt: at(now, -1) },
        { tokenHash: 'reset-live', userId: user.id, expiresAt: at(now, 3_600_000) },
      ],
    });
    const invite = (expiresAt: Date) => JSON.stringify({ email: 'i@example.test', name: 'I', role: 'author', invitedById: user.id, expiresAt: expiresAt.toISOString() });
    await db.setting.createMany({
      data: [
        { key: 'invite:expired', value: invite(at(now, -1)) },
        { key: 'invite:live', value: invite(at(now, 86_400_000)) },
      ],
    });

    expect(await sweepExpired(db, now)).toEqual({ rateLimits: 2, sessions: 1, viewKeys: 1, devices: 1, resets: 1, invites: 1 });
    expect((await db.deviceToken.findMany()).map((row) => row.tokenHash)).toEqual(['device-live']);
    expect((await db.passwordReset.findMany()).map((row) => row.tokenHash)).toEqual(['reset-live']);
    expect((await db.setting.findMany({ where: { key: { startsWith: 'invite:' } } })).map((row) => row.key)).toEqual(['invite:live']);
    expect((await db.rateLimit.findMany({ orderBy: { key: 'asc' } })).map((row) => row.key)).toEqual(['legacy-blocked', 'live']);
    expect((await db.session.findMany()).map((row) => row.tokenHash)).toEqual(['current']);
    expect((await db.viewSeen.findMany()).map((row) => row.key)).toEqual(['new']);
  });

  it('runs once per interval across instances', async () => {
    const now = new Date('2030-06-02T00:00:00Z');
    const results = await Promise.all(['a', 'b', 'c'].map((holder) => sweepIfDue(db, holder, 600_000, now)));
    expect(results.filter((result) => result !== null)).toHaveLength(1);
    expect(await sweepIfDue(db, 'a', 600_000, at(now, 300_000))).toBeNull();
    expect(await sweepIfDue(db, 'b', 600_000, at(now, 600_000))).not.toBeNull();
  });
});
