import 'server-only';
import { isUserDevice, issueDeviceToken } from '@/lib/auth/device';
import { checkPassword, hashPassword, verifyPassword } from '@/lib/auth/password';
import { canManageUsers } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/roles';
import { ForbiddenError } from '@/lib/auth/guard';
import { hashToken } from '@/lib/auth/session';
import { db } from '@/lib/db';
import type { MutationResult } from './mutations';
import { isResetTokenShape, newResetToken, RESET_HOURS } from './password-reset';

const audit = (userId: number | null, action: string, targetId: number) =>
  db.auditLog.create({ data: { userId, action, targetType: 'user', targetId: String(targetId) } });

/**
 * A new password ends everything the old one opened: every other session, every trusted browser
 * and every reset link. The session making the change stays, and its browser gets a fresh device
 * token (returned) when it was trusted before.
 */
export async function changePassword(
  viewer: SessionUser | null,
  input: { current: string; next: string; sessionToken: string; deviceToken?: string | null },
  now = new Date(),
): Promise<MutationResult<{ deviceToken: string | null }>> {
  if (!viewer) throw new ForbiddenError();
  const user = await db.user.findUnique({ where: { id: viewer.id }, select: { passwordHash: true } });
  if (!user) return { ok: false, error: 'notFound' };
  if (!(await verifyPassword(user.passwordHash, input.current))) return { ok: false, error: 'wrongPassword' };
  const problem = checkPassword(input.next);
  if (problem) return { ok: false, error: problem };
  const wasTrusted = await isUserDevice(input.deviceToken, viewer.id, now);
  const passwordHash = await hashPassword(input.next);
  await db.$transaction([
    db.user.update({ where: { id: viewer.id }, data: { passwordHash } }),
    db.session.deleteMany({ where: { userId: viewer.id, tokenHash: { not: hashToken(input.sessionToken) } } }),
    db.deviceToken.deleteMany({ where: { userId: viewer.id } }),
    db.passwordReset.deleteMany({ where: { userId: viewer.id } }),
  ]);
  await audit(viewer.id, 'user.password', viewer.id);
  return { ok: true, value: { deviceToken: wasTrusted ? await issueDeviceToken(viewer.id, now) : null } };
}

/** An admin makes a one-time reset link for someone else; the token is returned once. */
export async function createPasswordReset(viewer: SessionUser | null, userId: number, now = new Date()): Promise<MutationResult<string>> {
  if (!viewer || !canManageUsers(viewer)) throw new ForbiddenError();
  // An admin changes their own password on their account page, where the current one is asked.
  if (userId === viewer.id) return { ok: false, error: 'self' };
  if (!(await db.user.findUnique({ where: { id: userId }, select: { id: true } }))) return { ok: false, error: 'notFound' };
  const token = newResetToken();
  const expiresAt = new Date(now.getTime() + RESET_HOURS * 3_600_000);
  await db.passwordReset.create({ data: { tokenHash: hashToken(token), userId, createdById: viewer.id, expiresAt } });
  await audit(viewer.id, 'user.reset-link', userId);
  return { ok: true, value: token };
}

/** Sets the password a reset link was made for; the link, sessions and trusted browsers then end. */
export async function resetPassword(token: string, password: string, now = new Date()): Promise<MutationResult<{ email: string }>> {
  const problem = checkPassword(password);
  if (problem) return { ok: false, error: problem };
  if (!isResetTokenShape(token)) return { ok: false, error: 'invalidReset' };
  const tokenHash = hashToken(token);
  const reset = await db.passwordReset.findUnique({ where: { tokenHash }, select: { userId: true, expiresAt: true, user: { select: { email: true } } } });
  if (!reset || reset.expiresAt <= now) return { ok: false, error: 'invalidReset' };
  const passwordHash = await hashPassword(password);
  const done = await db.$transaction(async (tx) => {
    // Deleting first makes the link single-use even when two submissions race.
    const { count } = await tx.passwordReset.deleteMany({ where: { tokenHash, expiresAt: { gt: now } } });
    if (count !== 1) return false;
    await tx.user.update({ where: { id: reset.userId }, data: { passwordHash } });
    await tx.passwordReset.deleteMany({ where: { userId: reset.userId } });
    await tx.session.deleteMany({ where: { userId: reset.userId } });
    await tx.deviceToken.deleteMany({ where: { userId: reset.userId } });
    return true;
  });
  if (!done) return { ok: false, error: 'invalidReset' };
  await audit(reset.userId, 'user.reset', reset.userId);
  return { ok: true, value: { email: reset.user.email } };
}
