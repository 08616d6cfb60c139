import 'server-only';
import { revokeUserDevices } from '@/lib/auth/device';
import { ForbiddenError } from '@/lib/auth/guard';
import { checkPassword, hashPassword } from '@/lib/auth/password';
import { canManageUsers } from '@/lib/auth/permissions';
import type { Role, SessionUser } from '@/lib/auth/roles';
import { destroyUserSessions } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { INVITE_DAYS, INVITE_PREFIX, inviteKey, newInviteToken, parseInvite, type StoredInvite } from './invites';
import type { InviteInput } from './schema';
import type { UserError } from './types';

export type MutationResult<T = void> = { ok: true; value: T } | { ok: false; error: UserError };

function admin(viewer: SessionUser | null): SessionUser {
  if (!viewer || !canManageUsers(viewer)) throw new ForbiddenError();
  return viewer;
}

const audit = (userId: number | null, action: string, targetId: number | string, detail = '') =>
  db.auditLog.create({ data: { userId, action, targetType: 'user', targetId: String(targetId), detail } });

/** Makes a one-time invitation; the token is returned once and only its hash is stored. */
export async function createInvite(viewer: SessionUser | null, input: InviteInput, now = new Date()): Promise<MutationResult<string>> {
  const actor = admin(viewer);
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) return { ok: false, error: 'exists' };
  const token = newInviteToken();
  const stored: StoredInvite = { ...input, invitedById: actor.id, expiresAt: new Date(now.getTime() + INVITE_DAYS * 86_400_000).toISOString() };
  await db.setting.create({ data: { key: inviteKey(token), value: JSON.stringify(stored) } });
  await audit(actor.id, 'user.invite', input.email, input.role);
  return { ok: true, value: token };
}

/** Turns an invitation into an account with the invitee's own password; the link then dies. */
export async function acceptInvite(token: string, password: string, now = new Date()): Promise<MutationResult<{ email: string }>> {
  const problem = checkPassword(password);
  if (problem) return { ok: false, error: problem };
  const key = inviteKey(token);
  const row = await db.setting.findUnique({ where: { key } });
  const invite = row ? parseInvite(row.value) : null;
  if (!invite || new Date(invite.expiresAt) <= now) return { ok: false, error: 'invalidInvite' };
  const passwordHash = await hashPassword(password);
  const created = await db.$transaction(async (tx) => {
    // Deleting first makes the link single-use even when two submissions race.
    const { count } = await tx.setting.deleteMany({ where: { key } });
    if (count !== 1) return null;
    if (await tx.user.findUnique({ where: { email: invite.email }, select: { id: true } })) return null;
    return tx.user.create({ data: { email: invite.email, name: invite.name, role: invite.role, passwordHash }, select: { id: true } });
  });
  if (!created) return { ok: false, error: 'invalidInvite' };
  await audit(created.id, 'invite.accept', created.id);
  return { ok: true, value: { email: invite.email } };
}

export async function changeRole(viewer: SessionUser | null, userId: number, role: Role): Promise<MutationResult> {
  const actor = admin(viewer);
  // An admin cannot demote themselves, so the site never loses its last admin by accident.
  if (userId === actor.id) return { ok: false, error: 'self' };
  const { count } = await db.user.updateMany({ where: { id: userId }, data: { role } });
  if (!count) return { ok: false, error: 'notFound' };
  await audit(actor.id, 'user.role', userId, role);
  return { ok: true, value: undefined };
}

/** Disabling ends every session of the user at once, forgets their browsers and voids their reset links. */
export async function setDisabled(viewer: SessionUser | null, userId: number, disabled: boolean): Promise<MutationResult> {
  const actor = admin(viewer);
  if (userId === actor.id) return { ok: false, error: 'self' };
  const { count } = await db.user.updateMany({ where: { id: userId }, data: { disabled } });
  if (!count) return { ok: false, error: 'notFound' };
  if (disabled) {
    await destroyUserSessions(userId);
    await revokeUserDevices(userId);
    await db.passwordReset.deleteMany({ where: { userId } });
  }
  await audit(actor.id, disabled ? 'user.disable' : 'user.enable', userId);
  return { ok: true, value: undefined };
}

/** Withdraws a pending invitation (`id` is the stored hash, never the link): its link stops working. */
export async function revokeInvite(viewer: SessionUser | null, id: string): Promise<MutationResult> {
  const actor = admin(viewer);
  const { count } = await db.setting.deleteMany({ where: { key: INVITE_PREFIX + id } });
  if (!count) return { ok: false, error: 'invalidInviteId' };
  await audit(actor.id, 'user.invite-revoke', id.slice(0, 12));
  return { ok: true, value: undefined };
}
