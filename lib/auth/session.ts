import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { env } from '@/env';
import { db } from '@/lib/db';
import { isRole, type SessionUser } from './roles';

// Opaque random tokens; only their SHA-256 is stored, so a database leak opens no session.
export const SESSION_COOKIE = '__Host-midad_session';
const IDLE_MS = env.SESSION_IDLE_MINUTES * 60_000;
const ABSOLUTE_MS = env.SESSION_MAX_HOURS * 3_600_000;
// lastSeenAt is written at most this often, so reading a page is not a database write each time.
const TOUCH_MS = 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(userId: number): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ABSOLUTE_MS);
  await db.session.create({ data: { tokenHash: hashToken(token), userId, expiresAt } });
  return { token, expiresAt };
}

export function sessionCookie(token: string, expiresAt: Date) {
  return {
    name: SESSION_COOKIE,
    value: token,
    httpOnly: true,
    secure: true,
    sameSite: 'lax' as const,
    path: '/',
    expires: expiresAt,
  };
}

/** The user behind a session token, or null when it is unknown, expired, idle or disabled. */
export async function getUserByToken(token: string | undefined, now = new Date()): Promise<SessionUser | null> {
  if (!token || token.length > 100) return null;
  const session = await db.session.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, expiresAt: true, lastSeenAt: true, user: { select: { id: true, email: true, name: true, role: true, disabled: true } } },
  });
  if (!session) return null;
  const idle = now.getTime() - session.lastSeenAt.getTime() > IDLE_MS;
  if (session.expiresAt <= now || idle || session.user.disabled || !isRole(session.user.role)) {
    await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_MS) {
    await db.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  const { id, email, name, role } = session.user;
  return { id, email, name, role: role as SessionUser['role'] };
}

/** The signed-in user of this request, read once per request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const store = await cookies();
  return getUserByToken(store.get(SESSION_COOKIE)?.value);
});

export async function destroySession(token: string | undefined): Promise<void> {
  if (token) await db.session.deleteMany({ where: { tokenHash: hashToken(token) } });
}

/** Ends every session of a user at once (sign-out everywhere, disabling, password change). */
export async function destroyUserSessions(userId: number): Promise<void> {
  await db.session.deleteMany({ where: { userId } });
}
