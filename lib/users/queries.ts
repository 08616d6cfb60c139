import 'server-only';
import { canManageUsers } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/roles';
import { ForbiddenError } from '@/lib/auth/guard';
import { isRole } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { INVITE_PREFIX, inviteKey, parseInvite } from './invites';
import { hashToken } from '@/lib/auth/session';
import { isResetTokenShape } from './password-reset';
import type { InviteDetails, PendingInvite, ResetDetails, UserRow } from './types';

/** Every account, for admins only. */
export async function listUsers(viewer: SessionUser | null): Promise<UserRow[]> {
  if (!canManageUsers(viewer)) throw new ForbiddenError();
  const rows = await db.user.findMany({
    orderBy: [{ disabled: 'asc' }, { name: 'asc' }],
    select: { id: true, email: true, name: true, role: true, disabled: true, createdAt: true, _count: { select: { sessions: true } } },
  });
  return rows.map(({ _count, role, ...row }) => ({ ...row, role: isRole(role) ? role : 'contributor', sessions: _count.sessions }));
}

/** Invitations not used yet and not expired, for admins only. */
export async function listPendingInvites(viewer: SessionUser | null, now = new Date()): Promise<PendingInvite[]> {
  if (!canManageUsers(viewer)) throw new ForbiddenError();
  const rows = await db.setting.findMany({ where: { key: { startsWith: INVITE_PREFIX } } });
  return rows
    .map((row) => ({ id: row.key.slice(INVITE_PREFIX.length), invite: parseInvite(row.value) }))
    .filter(({ invite }) => invite !== null && new Date(invite.expiresAt) > now)
    .map(({ id, invite }) => ({ id, email: invite!.email, name: invite!.name, role: invite!.role, expiresAt: new Date(invite!.expiresAt) }));
}

/** The invitation behind a link, or null when it is unknown, used or expired. Public by design. */
export async function findInvite(token: string, now = new Date()): Promise<InviteDetails | null> {
  if (token.length < 20 || token.length > 100) return null;
  const row = await db.setting.findUnique({ where: { key: inviteKey(token) } });
  const invite = row ? parseInvite(row.value) : null;
  if (!invite || new Date(invite.expiresAt) <= now) return null;
  return { email: invite.email, name: invite.name, role: invite.role };
}

/** The user a reset link is for, or null when it is unknown, used or expired. Public by design. */
export async function findPasswordReset(token: string, now = new Date()): Promise<ResetDetails | null> {
  if (!isResetTokenShape(token)) return null;
  const reset = await db.passwordReset.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { expiresAt: true, user: { select: { email: true, name: true } } },
  });
  return reset && reset.expiresAt > now ? reset.user : null;
}
