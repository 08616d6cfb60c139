import 'server-only';
import { db } from '@/lib/db';
import { blockedFor, recordFailure, reset, type Backoff } from '@/lib/security/rate-limit';
import { TIMING_DUMMY_HASH, verifyPassword } from './password';
import { createSession } from './session';

// Throttling. Failures are counted per account *and* address, so someone guessing from
// elsewhere never locks the real user out of their own network; and per address across all
// accounts, so one address cannot spray many accounts. Each block doubles the next one.
export const ACCOUNT_RULE: Backoff = { threshold: 5, windowMs: 24 * 3_600_000, baseSeconds: 60, maxSeconds: 3600 };
export const ADDRESS_RULE: Backoff = { threshold: 30, windowMs: 3_600_000, baseSeconds: 60, maxSeconds: 3600 };

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export const normalizeEmail = (email: string) => email.trim().toLowerCase();
export const accountKey = (email: string, address: string) => `signin:acct:${normalizeEmail(email)}:${address}`;
export const addressKey = (address: string) => `signin:addr:${address}`;

export async function signIn(emailInput: string, password: string, address: string, now = new Date()): Promise<SignInResult> {
  const email = normalizeEmail(emailInput);
  const [accountBlock, addressBlock] = await Promise.all([
    blockedFor(accountKey(email, address), now),
    blockedFor(addressKey(address), now),
  ]);
  // While blocked the password is not even checked, so guesses made now teach nothing.
  if (accountBlock || addressBlock) return { ok: false, reason: 'throttled', retryAfterSeconds: Math.max(accountBlock, addressBlock) };

  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, disabled: true } });
  // Unknown users cost one real verification too, with the same parameters, so the time an
  // answer takes does not tell which emails exist.
  const valid = await verifyPassword(user?.passwordHash ?? TIMING_DUMMY_HASH, password);
  if (!user || !valid || user.disabled) {
    await recordFailure(accountKey(email, address), ACCOUNT_RULE, now);
    await recordFailure(addressKey(address), ADDRESS_RULE, now);
    return { ok: false, reason: 'invalid' };
  }
  await reset(accountKey(email, address));
  const session = await createSession(user.id);
  return { ok: true, ...session };
}
