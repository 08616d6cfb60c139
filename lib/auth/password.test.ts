import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS } from './common-passwords';
import { checkPassword, hashPassword, PASSWORD_MAX, TIMING_DUMMY_HASH, verifyPassword } from './password';

describe('passwords', () => {
  it('refuses short and common passwords, in any case', () => {
    expect(checkPassword('short7!')).toBe('tooShort');
    for (const common of ['password1', 'Iloveyou1', 'QWERTY123', 'baseball1', 'midad123', 'casablanca', 'sunshine1']) {
      expect(checkPassword(common)).toBe('common');
    }
    expect(checkPassword('مداد-كلمة-سر-طويلة')).toBeNull();
  });

  it('uses a real list of tens of thousands of common passwords', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThan(40_000);
    expect(COMMON_PASSWORDS.has('trustno1')).toBe(true);
  });

  it('allows at least 128 characters and never truncates them', async () => {
    expect(PASSWORD_MAX).toBeGreaterThanOrEqual(128);
    const long = 'x'.repeat(300) + 'A';
    expect(checkPassword(long)).toBeNull();
    const hash = await hashPassword(long);
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(hash, long)).toBe(true);
    expect(await verifyPassword(hash, 'x'.repeat(300) + 'B')).toBe(false);
    expect(await verifyPassword(hash, 'x'.repeat(300))).toBe(false);
  });

  it('checks unknown users against a hash made with the same parameters as real ones', async () => {
    const params = (hash: string) => hash.split('$').slice(1, 4).join('$');
    expect(params(TIMING_DUMMY_HASH)).toBe(params(await hashPassword('whatever-it-is')));
    expect(await verifyPassword(TIMING_DUMMY_HASH, '')).toBe(false);
  });
});
