import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { INVITE_PREFIX, parseInvite } from '@/lib/users/invites';
import { FIXTURE, fixtureText, wxrFile } from '@/test/helpers/wordpress';
import { importWordPress } from './run';

// Staff accounts only with --users, and never with a password: each WordPress user gets an
// invitation (a Setting row keyed by the hash of its token), once.
describe('importing WordPress users', () => {
  it('creates no account and no invitation without --users', async () => {
    const report = await importWordPress({ file: FIXTURE, db, dryRun: true });
    expect(report.counts.invite.imported).toBe(0);
    expect(await db.setting.count({ where: { key: { startsWith: INVITE_PREFIX } } })).toBe(0);
  });

  it('invites each author once, from the given admin, and creates no user', async () => {
    const admin = await db.user.create({ data: { email: 'admin@example.ma', name: 'مدير', role: 'admin', passwordHash: 'x' } });
    const users = await db.user.count();
    const first = await importWordPress({ file: FIXTURE, db, users: true, invitedById: admin.id });
    expect(first.invites.map((invite) => invite.email).sort()).toEqual(['fatima@akhbar.example.ma', 'hassan@akhbar.example.ma']);
    const rows = await db.setting.findMany({ where: { key: { startsWith: INVITE_PREFIX } } });
    expect(rows.map((row) => parseInvite(row.value)).map((invite) => [invite?.email, invite?.role, invite?.invitedById]).sort()).toEqual([
      ['fatima@akhbar.example.ma', 'author', admin.id],
      ['hassan@akhbar.example.ma', 'author', admin.id],
    ]);
    expect(await db.user.count()).toBe(users);
    const again = await importWordPress({ file: FIXTURE, db, users: true, invitedById: admin.id });
    expect(again.invites).toEqual([]);
    expect(await db.setting.count({ where: { key: { startsWith: INVITE_PREFIX } } })).toBe(2);
  });

  it('reports, rather than invites, when there is no admin to invite from', async () => {
    const text = fixtureText().replaceAll('@akhbar.example.ma', '@new.example.ma');
    const report = await importWordPress({ file: wxrFile(text), db, users: true, invitedById: null });
    expect(report.counts.invite).toMatchObject({ imported: 0, skipped: 2 });
    expect(report.notes).toContainEqual({ kind: 'invite', id: '1', title: 'حسن العلوي', reason: 'noAdmin', detail: 'hassan@new.example.ma' });
    expect(await db.setting.count({ where: { key: { startsWith: INVITE_PREFIX } } })).toBe(2);
  });
});
