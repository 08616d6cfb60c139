import { hash, verify } from '@node-rs/argon2';
import { COMMON_PASSWORDS } from './common-passwords';

// Argon2id with the library's defaults (OWASP's minimum: 19 MiB, 2 passes). Passwords are hashed
// whole: no truncation, so two long passwords sharing a prefix never collide.

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 1024;

export type PasswordProblem = 'tooShort' | 'tooLong' | 'common';

export function checkPassword(password: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return 'tooShort';
  if (length > PASSWORD_MAX) return 'tooLong';
  if (COMMON_PASSWORDS.has(password.toLowerCase())) return 'common';
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * An Argon2id hash, with the same parameters as real ones, of a random secret nobody kept. Unknown
 * users are checked against it, so their answer costs the same time as a wrong password.
 */
export const TIMING_DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$X49QRVLvlI4ncjbfVPa7zQ$ppXfXQp7QU7jIS0fnTB/d7fgUZ6v5qGgH6SX2b9DFtg';
