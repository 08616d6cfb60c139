import { describe, expect, it } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import { ACCOUNT_RULE, signIn } from '@/lib/auth/sign-in';
import { db } from '@/lib/db';
import { addressBehindProxies, compileTrustedProxies } from './client-address';

// Sign-in throttling behind a proxy, with the address resolved exactly as server.ts resolves it:
// an attacker who writes their own X-Forwarded-For entries cannot leave the throttle behind.

const trusted = compileTrustedProxies(['loopback']);
const PROXY = '127.0.0.1';

async function makeUser(email: string) {
  const password = 'a-long-and-unusual-passphrase';
  await db.user.create({ data: { email, name: 'User', role: 'author', passwordHash: await hashPassword(password) } });
  return { email, password };
}

describe('sign-in throttle behind a trusted proxy', () => {
  it('keeps refusing the right password after a lockout, whatever leftmost address the client forges', async () => {
    const user = await makeUser('forged@example.test');
    const attacker = '203.0.113.66';
    for (let i = 0; i < ACCOUNT_RULE.threshold; i++) {
      const address = addressBehindProxies(PROXY, `198.51.100.${i}, ${attacker}`, trusted);
      expect(await signIn(user.email, `guess-${i}`, address)).toEqual({ ok: false, reason: 'invalid' });
    }
    const fresh = addressBehindProxies(PROXY, `192.0.2.200, ${attacker}`, trusted);
    expect(fresh).toBe(attacker);
    expect(await signIn(user.email, user.password, fresh)).toMatchObject({ ok: false, reason: 'throttled' });
  });

  it('counts an IPv6 client by its /64, so walking through its addresses does not help either', async () => {
    const user = await makeUser('ipv6@example.test');
    for (let i = 0; i < ACCOUNT_RULE.threshold; i++) {
      expect(await signIn(user.email, `guess-${i}`, `2001:db8:7:7::${i + 1}`)).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(await signIn(user.email, user.password, '2001:db8:7:7:ffff::1')).toMatchObject({ ok: false, reason: 'throttled' });
    // Another /64 is another subscriber.
    expect(await signIn(user.email, user.password, '2001:db8:7:8::1')).toMatchObject({ ok: true });
  });
});
