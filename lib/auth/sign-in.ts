import 'server-only';
import { db } from '@/lib/db';
import { hit, peek, reset } from '@/lib/security/rate-limit';
import { dummyPasswordHash, verifyPassword } from './password';
import { createSession } from './session';

// Throttling: failures are counted per account and address (so a lockout started elsewhere
// never keeps the real user out of their own network) and per address across accounts.
export const ACCOUNT_FAILURES = 5;
export const ADDRESS_FAILURES = 30;
const WINDOW_MS = 15 * 60_000;

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

const accountKey = (email: string, address: string) => `signin:acct:${email}:${address}`;
const addressKey = (address: string) => `signin:addr:${address}`;

/** Back-off grows with each failure past the limit: 1, 2, 4 … minutes, at most an hour. */
function backoffSeconds(failures: number): number {
  return Math.min(3600, 60 * 2 ** Math.max(0, failures - ACCOUNT_FAILURES));
}

export async function signIn(emailInput: string, password: string, address: string): Promise<SignInResult> {
  const email = emailInput.trim().toLowerCase();
  const [accountFailures, addressFailures] = await Promise.all([
    peek(accountKey(email, address), WINDOW_MS),
    peek(addressKey(address), WINDOW_MS),
  ]);
  if (accountFailures >= ACCOUNT_FAILURES || addressFailures >= ADDRESS_FAILURES) {
    await hit(accountKey(email, address), Number.MAX_SAFE_INTEGER, WINDOW_MS);
    return { ok: false, reason: 'throttled', retryAfterSeconds: backoffSeconds(accountFailures + 1) };
  }

  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, disabled: true } });
  // Unknown users cost one real verification too, so timing does not tell which emails exist.
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !valid || user.disabled) {
    await Promise.all([
      hit(accountKey(email, address), Number.MAX_SAFE_INTEGER, WINDOW_MS),
      hit(addressKey(address), Number.MAX_SAFE_INTEGER, WINDOW_MS),
    ]);
    return { ok: false, reason: 'invalid' };
  }
  await reset(accountKey(email, address));
  const session = await createSession(user.id);
  return { ok: true, ...session };
}
