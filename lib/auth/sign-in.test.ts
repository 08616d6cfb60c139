import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { hashPassword } from './password';
import { ACCOUNT_RULE, ADDRESS_RULE, signIn } from './sign-in';

let counter = 0;
async function makeUser(password = 'a-long-and-unusual-passphrase', disabled = false) {
  counter += 1;
  const email = `user${counter}@example.test`;
  await db.user.create({ data: { email, name: 'User', role: 'author', disabled, passwordHash: await hashPassword(password) } });
  return { email, password };
}
const at = (start: Date, seconds: number) => new Date(start.getTime() + seconds * 1000);

describe('signIn', () => {
  it('signs in with the right password, case and spaces in the e-mail aside', async () => {
    const user = await makeUser();
    const result = await signIn(`  ${user.email.toUpperCase()} `, user.password, '10.0.0.1');
    expect(result.ok).toBe(true);
  });

  it('answers an unknown e-mail exactly as a wrong password, and throttles both the same way', async () => {
    const user = await makeUser();
    const t0 = new Date();
    const wrong = [];
    const unknown = [];
    for (let i = 0; i < 6; i += 1) {
      wrong.push(await signIn(user.email, 'not-the-password', '10.0.0.2', at(t0, i)));
      unknown.push(await signIn('nobody@example.test', 'not-the-password', '10.0.0.3', at(t0, i)));
    }
    expect(unknown).toEqual(wrong);
    // The block began with the 5th failure, one second before the 6th attempt.
    expect(wrong.slice(0, 5)).toEqual(Array(5).fill({ ok: false, reason: 'invalid' }));
    expect(wrong[5]).toEqual({ ok: false, reason: 'throttled', retryAfterSeconds: 59 });
  });

  it('refuses even the right password from the throttled address, but not the real user elsewhere', async () => {
    const user = await makeUser();
    const t0 = new Date();
    for (let i = 0; i < ACCOUNT_RULE.threshold; i += 1) await signIn(user.email, 'guess-' + i, '203.0.113.9', t0);
    expect(await signIn(user.email, user.password, '203.0.113.9', t0)).toMatchObject({ reason: 'throttled' });
    expect(await signIn(user.email, user.password, '198.51.100.7', t0)).toMatchObject({ ok: true });
  });

  it('doubles the back-off with each failure after a block ends, and resets on success', async () => {
    const user = await makeUser();
    const address = '10.0.0.4';
    let now = new Date();
    for (let i = 0; i < 5; i += 1) await signIn(user.email, 'nope', address, now);
    const waits = [];
    for (let round = 0; round < 3; round += 1) {
      const blocked = await signIn(user.email, 'nope', address, now);
      expect(blocked.ok).toBe(false);
      if (blocked.ok || blocked.reason !== 'throttled') throw new Error('expected a block');
      waits.push(blocked.retryAfterSeconds);
      now = at(now, blocked.retryAfterSeconds + 1);
      expect(await signIn(user.email, 'nope', address, now)).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(waits).toEqual([60, 120, 240]);
    now = at(now, 481);
    expect(await signIn(user.email, user.password, address, now)).toMatchObject({ ok: true });
    expect(await signIn(user.email, 'nope', address, now)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('limits one address across many accounts', async () => {
    const t0 = new Date();
    for (let i = 0; i < ADDRESS_RULE.threshold; i += 1) {
      expect(await signIn(`spray${i}@example.test`, 'password-guess', '10.9.9.9', t0)).toEqual({ ok: false, reason: 'invalid' });
    }
    const user = await makeUser();
    expect(await signIn(user.email, user.password, '10.9.9.9', t0)).toMatchObject({ reason: 'throttled' });
    expect(await signIn(user.email, user.password, '10.9.9.10', t0)).toMatchObject({ ok: true });
  });

  it('treats a disabled account as a wrong password', async () => {
    const user = await makeUser('another-fine-passphrase', true);
    expect(await signIn(user.email, user.password, '10.0.0.5')).toEqual({ ok: false, reason: 'invalid' });
  });
});
