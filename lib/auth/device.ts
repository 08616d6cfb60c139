import 'server-only';
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { hashToken } from './session';

// Device cookies (OWASP): a browser where someone signed in successfully gets a random token
// bound to that user. Attempts that carry it are throttled on their own counter, so an attacker
// sharing the user's network address cannot lock them out by failing on purpose. Only the
// token's hash is stored; it expires, and disabling the user or changing their password ends it.
export const DEVICE_COOKIE = '__Host-midad_device';
export const DEVICE_DAYS = 180;
// Tokens are 43 characters; anything much longer is not one of ours and is not looked up.
const MAX_TOKEN_LENGTH = 100;

export async function issueDeviceToken(userId: number, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + DEVICE_DAYS * 86_400_000);
  await db.deviceToken.create({ data: { tokenHash: hashToken(token), userId, expiresAt } });
  return token;
}

/** True when `token` is a live device token of this (enabled) user. */
export async function isUserDevice(token: string | undefined | null, userId: number, now = new Date()): Promise<boolean> {
  if (!token || token.length > MAX_TOKEN_LENGTH) return false;
  const row = await db.deviceToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { userId: true, expiresAt: true, user: { select: { disabled: true } } },
  });
  return !!row && row.userId === userId && row.expiresAt > now && !row.user.disabled;
}

/** Forgets every browser of a user (disabled, new password): they are strangers again. */
export async function revokeUserDevices(userId: number): Promise<void> {
  await db.deviceToken.deleteMany({ where: { userId } });
}

export function deviceCookie(token: string) {
  return {
    name: DEVICE_COOKIE,
    value: token,
    httpOnly: true,
    secure: true,
    sameSite: 'strict' as const,
    path: '/',
    maxAge: DEVICE_DAYS * 86_400,
  };
}
