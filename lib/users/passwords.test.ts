import { describe, expect, it } from 'vitest';
import { isUserDevice } from '@/lib/auth/device';
import { ForbiddenError } from '@/lib/auth/guard';
import { hashPassword } from '@/lib/auth/password';
import type { Role, SessionUser } from '@/lib/auth/roles';
import { getUserByToken } from '@/lib/auth/session';
import { ACCOUNT_RULE, signIn } from '@/lib/auth/sign-in';
import { db } from '@/lib/db';
import { createInvite, revokeInvite, setDisabled } from './mutations';
import { changePassword, createPasswordReset, resetPassword } from './password-mutations';
import { findInvite, findPasswordReset, listPendingInvites } from './queries';

const PASSWORD = 'the-first-long-passphrase';
let counter = 0;
async function makeUser(role: Role = 'author'): Promise<SessionUser & { password: string }> {
  counter += 1;
  const row = await db.user.create({
    data: { email: `p${counter}@example.test`, name: `P${counter}`, role, passwordHash: await hashPassword(PASSWORD) },
  });
  return { id: row.id, email: row.email, name: row.name, role, password: PASSWORD };
}
const address = () => `10.20.${counter}.${(counter % 200) + 1}`;
async function signedIn(user: { email: string; password: string }, device?: string) {
  const result = await signIn(user.email, user.password, address(), new Date(), device);
  if (!result.ok) throw new Error(`sign-in failed: ${JSON.stringify(result)}`);
  return result;
}
const databaseText = async () =>
  JSON.stringify([await db.deviceToken.findMany(), await db.passwordReset.findMany(), await db.session.findMany(), await db.setting.findMany()]);

describe('device tokens', () => {
  it('are random per browser, stored only as a hash, and never show the e-mail', async () => {
    const user = await makeUser();
    const first = await signedIn(user);
    const second = await signedIn(user);
    expect(first.deviceToken).not.toBe(second.deviceToken);
    expect(first.deviceToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(first.deviceToken, 'base64url').toString('latin1')).not.toContain(user.email);
    const stored = await databaseText();
    expect(stored).not.toContain(first.deviceToken);
    expect(stored).not.toContain(second.deviceToken);
    expect(await db.deviceToken.count({ where: { userId: user.id } })).toBe(2);
    // A browser that already holds a live token keeps it instead of collecting new rows.
    expect((await signedIn(user, first.deviceToken)).deviceToken).toBe(first.deviceToken);
    expect(await db.deviceToken.count({ where: { userId: user.id } })).toBe(2);
  });

  it('vouch only for their own user, and only until they expire', async () => {
    const user = await makeUser();
    const other = await makeUser();
    const { deviceToken } = await signedIn(user);
    const now = new Date();
    expect(await isUserDevice(deviceToken, user.id, now)).toBe(true);
    expect(await isUserDevice(deviceToken, other.id, now)).toBe(false);
    expect(await isUserDevice(deviceToken.slice(0, -2) + 'xx', user.id, now)).toBe(false);
    expect(await isUserDevice(deviceToken, user.id, new Date(now.getTime() + 181 * 86_400_000))).toBe(false);
  });

  it('no longer lift the throttle once expired: the address counters apply again', async () => {
    const user = await makeUser();
    const { deviceToken } = await signedIn(user);
    await db.deviceToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const where = '198.18.0.77';
    for (let i = 0; i < ACCOUNT_RULE.threshold; i += 1) await signIn(user.email, 'wrong-guess', where);
    expect(await signIn(user.email, user.password, where, new Date(), deviceToken)).toMatchObject({ ok: false, reason: 'throttled' });
  });

  it('are revoked when the user is disabled', async () => {
    const admin = await makeUser('admin');
    const user = await makeUser();
    const { deviceToken } = await signedIn(user);
    expect(await setDisabled(admin, user.id, true)).toEqual({ ok: true, value: undefined });
    expect(await db.deviceToken.count({ where: { userId: user.id } })).toBe(0);
    // Enabling again does not bring the old browser's trust back.
    await setDisabled(admin, user.id, false);
    expect(await isUserDevice(deviceToken, user.id)).toBe(false);
  });
});

describe('changing one’s password', () => {
  it('needs the current password and the password rules, and changes nothing otherwise', async () => {
    const user = await makeUser();
    const session = await signedIn(user);
    const input = (current: string, next: string) => ({ current, next, sessionToken: session.token, deviceToken: session.deviceToken });
    expect(await changePassword(user, input('not-my-password', 'a-brand-new-passphrase'))).toEqual({ ok: false, error: 'wrongPassword' });
    expect(await changePassword(user, input(PASSWORD, 'short'))).toEqual({ ok: false, error: 'tooShort' });
    expect(await changePassword(user, input(PASSWORD, 'password1'))).toEqual({ ok: false, error: 'common' });
    expect(await signIn(user.email, PASSWORD, address())).toMatchObject({ ok: true });
    await expect(changePassword(null, input(PASSWORD, 'a-brand-new-passphrase'))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('ends the user’s other sessions, browsers and reset links, and keeps the one making the change', async () => {
    const admin = await makeUser('admin');
    const user = await makeUser();
    const here = await signedIn(user);
    const elsewhere = await signedIn(user);
    const reset = await createPasswordReset(admin, user.id);
    if (!reset.ok) throw new Error(reset.error);
    const result = await changePassword(user, { current: PASSWORD, next: 'a-brand-new-passphrase', sessionToken: here.token, deviceToken: here.deviceToken });
    if (!result.ok) throw new Error(result.error);
    expect(await getUserByToken(here.token)).toMatchObject({ id: user.id });
    expect(await getUserByToken(elsewhere.token)).toBeNull();
    expect(await isUserDevice(elsewhere.deviceToken, user.id)).toBe(false);
    expect(await isUserDevice(here.deviceToken, user.id)).toBe(false);
    // The browser that made the change is trusted again under a new token.
    expect(result.value.deviceToken).not.toBeNull();
    expect(await isUserDevice(result.value.deviceToken, user.id)).toBe(true);
    expect(await findPasswordReset(reset.value)).toBeNull();
    expect(await signIn(user.email, PASSWORD, address())).toEqual({ ok: false, reason: 'invalid' });
    expect(await signIn(user.email, 'a-brand-new-passphrase', address())).toMatchObject({ ok: true });
  });
});

describe('password-reset links', () => {
  it('are made by admins only, for someone else, and stored only as a hash', async () => {
    const admin = await makeUser('admin');
    const user = await makeUser();
    for (const role of ['editor', 'author', 'contributor', 'moderator'] as const) {
      await expect(createPasswordReset(await makeUser(role), user.id)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(createPasswordReset(null, user.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await createPasswordReset(admin, admin.id)).toEqual({ ok: false, error: 'self' });
    expect(await createPasswordReset(admin, 2_000_000_000)).toEqual({ ok: false, error: 'notFound' });
    const created = await createPasswordReset(admin, user.id);
    if (!created.ok) throw new Error(created.error);
    expect(await databaseText()).not.toContain(created.value);
    expect(await findPasswordReset(created.value)).toEqual({ email: user.email, name: user.name });
  });

  it('set a new password once, under the password rules, ending sessions and browsers', async () => {
    const admin = await makeUser('admin');
    const user = await makeUser();
    const before = await signedIn(user);
    const created = await createPasswordReset(admin, user.id);
    if (!created.ok) throw new Error(created.error);
    expect(await resetPassword(created.value, 'short')).toEqual({ ok: false, error: 'tooShort' });
    expect(await resetPassword(created.value, 'password1')).toEqual({ ok: false, error: 'common' });
    expect(await resetPassword(created.value, 'a-reset-passphrase-1')).toEqual({ ok: true, value: { email: user.email } });
    expect(await resetPassword(created.value, 'a-reset-passphrase-2')).toEqual({ ok: false, error: 'invalidReset' });
    expect(await getUserByToken(before.token)).toBeNull();
    expect(await isUserDevice(before.deviceToken, user.id)).toBe(false);
    expect(await signIn(user.email, 'a-reset-passphrase-1', address())).toMatchObject({ ok: true });
  });

  it('are refused once expired, unknown or malformed', async () => {
    const admin = await makeUser('admin');
    const user = await makeUser();
    const created = await createPasswordReset(admin, user.id, new Date(Date.now() - 25 * 3_600_000));
    if (!created.ok) throw new Error(created.error);
    expect(await findPasswordReset(created.value)).toBeNull();
    expect(await resetPassword(created.value, 'a-reset-passphrase-3')).toEqual({ ok: false, error: 'invalidReset' });
    expect(await resetPassword('x'.repeat(43), 'a-reset-passphrase-3')).toEqual({ ok: false, error: 'invalidReset' });
    expect(await resetPassword('x', 'a-reset-passphrase-3')).toEqual({ ok: false, error: 'invalidReset' });
    expect(await signIn(user.email, PASSWORD, address())).toMatchObject({ ok: true });
  });

  it('die when the user is disabled', async () => {
    const admin = await makeUser('admin');
    const user = await makeUser();
    const created = await createPasswordReset(admin, user.id);
    if (!created.ok) throw new Error(created.error);
    await setDisabled(admin, user.id, true);
    expect(await resetPassword(created.value, 'a-reset-passphrase-4')).toEqual({ ok: false, error: 'invalidReset' });
  });
});

describe('revoking an invitation', () => {
  it('kills its link at once; only admins may, and an unknown one is reported', async () => {
    const admin = await makeUser('admin');
    const created = await createInvite(admin, { email: `inv${counter}@example.test`, name: 'سلمى', role: 'author' });
    if (!created.ok) throw new Error(created.error);
    const pending = (await listPendingInvites(admin)).find((invite) => invite.email === `inv${counter}@example.test`);
    if (!pending) throw new Error('invitation not listed');
    await expect(revokeInvite(await makeUser('editor'), pending.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await findInvite(created.value)).not.toBeNull();
    expect(await revokeInvite(admin, pending.id)).toEqual({ ok: true, value: undefined });
    expect(await findInvite(created.value)).toBeNull();
    expect(await revokeInvite(admin, pending.id)).toEqual({ ok: false, error: 'invalidInviteId' });
  });
});
