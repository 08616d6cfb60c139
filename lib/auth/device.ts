import 'server-only';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { db } from '@/lib/db';

// Device cookies (OWASP): a browser where someone signed in successfully gets a signed token
// for that e-mail. Attempts that carry it are throttled on their own counter, so an attacker
// sharing the user's network address cannot lock them out by failing on purpose.
export const DEVICE_COOKIE = '__Host-midad_device';
const KEY_SETTING = 'auth:device-key';
const DEVICE_DAYS = 180;

let key: Promise<Buffer> | null = null;

/** The signing key, made once per database and shared by every app instance. */
function signingKey(): Promise<Buffer> {
  key ??= (async () => {
    const existing = await db.setting.findUnique({ where: { key: KEY_SETTING } });
    if (existing) return Buffer.from(existing.value, 'base64');
    const value = randomBytes(32).toString('base64');
    // Another instance may have created it meanwhile: the stored one wins.
    await db.setting.upsert({ where: { key: KEY_SETTING }, create: { key: KEY_SETTING, value }, update: {} });
    const stored = await db.setting.findUniqueOrThrow({ where: { key: KEY_SETTING } });
    return Buffer.from(stored.value, 'base64');
  })().catch((error: unknown) => {
    key = null;
    throw error;
  });
  return key;
}

const sign = async (payload: string) => createHmac('sha256', await signingKey()).update(payload).digest('base64url');

export async function issueDeviceToken(email: string): Promise<string> {
  const payload = Buffer.from(email, 'utf8').toString('base64url');
  return `${payload}.${await sign(payload)}`;
}

/** The e-mail a device token was issued for, or null when it is absent or forged. */
export async function deviceEmail(token: string | undefined | null): Promise<string | null> {
  if (!token || token.length > 600) return null;
  const [payload, signature] = token.split('.');
  if (!payload || !signature) return null;
  const expected = Buffer.from(await sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return Buffer.from(payload, 'base64url').toString('utf8');
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
