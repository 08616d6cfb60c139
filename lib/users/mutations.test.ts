import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '@/lib/auth/guard';
import type { Role, SessionUser } from '@/lib/auth/roles';
import { createSession, getUserByToken } from '@/lib/auth/session';
import { signIn } from '@/lib/auth/sign-in';
import { db } from '@/lib/db';
import { acceptInvite, changeRole, createInvite, setDisabled } from './mutations';
import { findInvite, listPendingInvites, listUsers } from './queries';

let counter = 0;
async function makeUser(role: Role): Promise<SessionUser> {
  counter += 1;
  const row = await db.user.create({ data: { email: `m${counter}@example.test`, name: `M${counter}`, role, passwordHash: 'x' } });
  return { id: row.id, email: row.email, name: row.name, role };
}
const invitee = () => ({ email: `new${(counter += 1)}@example.test`, name: 'ليلى', role: 'editor' as const });
const snapshot = async () => [await db.user.count(), await db.setting.count(), await db.auditLog.count()];

describe('invitations', () => {
  it('lets the invitee choose a password once, then sign in', async () => {
    const admin = await makeUser('admin');
    const data = invitee();
    const created = await createInvite(admin, data);
    if (!created.ok) throw new Error(created.error);
    const token = created.value;
    expect(await findInvite(token)).toEqual({ email: data.email, name: 'ليلى', role: 'editor' });
    expect((await listPendingInvites(admin)).map((invite) => invite.email)).toContain(data.email);
    // The token itself is stored nowhere.
    expect(JSON.stringify(await db.setting.findMany())).not.toContain(token);

    expect(await acceptInvite(token, 'password1')).toEqual({ ok: false, error: 'common' });
    expect(await acceptInvite(token, 'short')).toEqual({ ok: false, error: 'tooShort' });
    expect(await acceptInvite(token, 'a-fresh-passphrase-for-layla')).toEqual({ ok: true, value: { email: data.email } });
    expect(await acceptInvite(token, 'another-passphrase-again')).toEqual({ ok: false, error: 'invalidInvite' });
    expect(await findInvite(token)).toBeNull();
    expect(await signIn(data.email, 'a-fresh-passphrase-for-layla', '10.1.1.1')).toMatchObject({ ok: true });
    const user = await db.user.findUniqueOrThrow({ where: { email: data.email } });
    expect(user.role).toBe('editor');
  });

  it('refuses expired and unknown links', async () => {
    const admin = await makeUser('admin');
    const created = await createInvite(admin, invitee(), new Date(Date.now() - 8 * 86_400_000));
    if (!created.ok) throw new Error(created.error);
    expect(await findInvite(created.value)).toBeNull();
    expect(await acceptInvite(created.value, 'a-fresh-passphrase-x')).toEqual({ ok: false, error: 'invalidInvite' });
    expect(await acceptInvite('x'.repeat(43), 'a-fresh-passphrase-x')).toEqual({ ok: false, error: 'invalidInvite' });
  });

  it('refuses an e-mail that already has an account', async () => {
    const admin = await makeUser('admin');
    expect(await createInvite(admin, { email: admin.email, name: 'x', role: 'author' })).toEqual({ ok: false, error: 'exists' });
  });
});

describe('user management', () => {
  it('is for admins only: every other role and anonymous are refused and write nothing', async () => {
    const target = await makeUser('author');
    for (const role of ['editor', 'author', 'contributor', 'moderator'] as const) {
      const viewer = await makeUser(role);
      const before = await snapshot();
      await expect(createInvite(viewer, invitee())).rejects.toBeInstanceOf(ForbiddenError);
      await expect(changeRole(viewer, target.id, 'admin')).rejects.toBeInstanceOf(ForbiddenError);
      await expect(setDisabled(viewer, target.id, true)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listUsers(viewer)).rejects.toBeInstanceOf(ForbiddenError);
      expect(await snapshot()).toEqual(before);
    }
    await expect(createInvite(null, invitee())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(changeRole(null, target.id, 'admin')).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe('author');
  });

  it('changes roles and disables users, ending their sessions at once, but never the admin’s own', async () => {
    const admin = await makeUser('admin');
    const target = await makeUser('contributor');
    const { token } = await createSession(target.id);
    expect(await changeRole(admin, target.id, 'author')).toEqual({ ok: true, value: undefined });
    expect((await getUserByToken(token))?.role).toBe('author');
    expect(await setDisabled(admin, target.id, true)).toEqual({ ok: true, value: undefined });
    expect(await db.session.count({ where: { userId: target.id } })).toBe(0);
    expect(await getUserByToken(token)).toBeNull();
    expect(await changeRole(admin, admin.id, 'author')).toEqual({ ok: false, error: 'self' });
    expect(await setDisabled(admin, admin.id, true)).toEqual({ ok: false, error: 'self' });
    expect(await changeRole(admin, 999_999, 'author')).toEqual({ ok: false, error: 'notFound' });
    const log = await db.auditLog.findMany({ where: { userId: admin.id }, orderBy: { id: 'asc' } });
    expect(log.map((entry) => entry.action)).toEqual(['user.role', 'user.disable']);
  });
});
