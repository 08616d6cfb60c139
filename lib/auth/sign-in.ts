import 'server-only';
import { db } from '@/lib/db';
import { rateLimitSubject } from '@/lib/security/client-address';
import { blockedFor, recordFailure, reset, type Backoff } from '@/lib/security/rate-limit';
import { createHash } from 'node:crypto';
import { isUserDevice, issueDeviceToken } from './device';
import { TIMING_DUMMY_HASH, verifyPassword } from './password';
import { createSession } from './session';

// Throttling. Failures are counted per account *and* address, so someone guessing from
// elsewhere never locks the real user out of their own network; and per address across all
// accounts, so one address cannot spray many accounts. Each block doubles the next one.
// A browser holding a device cookie for the account has a counter of its own instead, so a
// lockout caused by someone else, even on the same address, does not reach the real user.
export const ACCOUNT_RULE: Backoff = { threshold: 5, windowMs: 24 * 3_600_000, baseSeconds: 60, maxSeconds: 3600 };
export const ADDRESS_RULE: Backoff = { threshold: 30, windowMs: 3_600_000, baseSeconds: 60, maxSeconds: 3600 };

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date; deviceToken: string }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export const normalizeEmail = (email: string) => email.trim().toLowerCase();
export const accountKey = (email: string, address: string) => `signin:acct:${normalizeEmail(email)}:${address}`;
export const addressKey = (address: string) => `signin:addr:${address}`;
const deviceKey = (device: string) => `signin:dev:${createHash('sha256').update(device).digest('hex')}`;

type Counter = { key: string; rule: Backoff };

export async function signIn(
  emailInput: string,
  password: string,
  address: string,
  now = new Date(),
  device?: string | null,
): Promise<SignInResult> {
  const email = normalizeEmail(emailInput);
  // An IPv6 client is counted by its /64 (it may hold all of it).
  const subject = rateLimitSubject(address);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, disabled: true } });
  const trusted = !!device && !!user && (await isUserDevice(device, user.id, now));
  const counters: Counter[] = trusted
    ? [{ key: deviceKey(device), rule: ACCOUNT_RULE }]
    : [
        { key: accountKey(email, subject), rule: ACCOUNT_RULE },
        { key: addressKey(subject), rule: ADDRESS_RULE },
      ];
  const blocks = await Promise.all(counters.map((counter) => blockedFor(counter.key, now)));
  // While blocked the password is not even checked, so guesses made now teach nothing.
  if (Math.max(...blocks) > 0) return { ok: false, reason: 'throttled', retryAfterSeconds: Math.max(...blocks) };

  // Unknown users cost one real verification too, with the same parameters, so the time an
  // answer takes does not tell which emails exist.
  const valid = await verifyPassword(user?.passwordHash ?? TIMING_DUMMY_HASH, password);
  if (!user || !valid || user.disabled) {
    for (const counter of counters) await recordFailure(counter.key, counter.rule, now);
    return { ok: false, reason: 'invalid' };
  }
  await reset(counters[0]!.key);
  const session = await createSession(user.id);
  // A browser that already holds a live token for this user keeps it (one row per browser).
  return { ok: true, ...session, deviceToken: trusted ? device : await issueDeviceToken(user.id, now) };
}
