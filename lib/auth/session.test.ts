import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createSession, destroySession, destroyUserSessions, getUserByToken, hashToken } from './session';

let counter = 0;
async function makeUser() {
  counter += 1;
  return db.user.create({ data: { email: `s${counter}@example.test`, name: 'S', role: 'editor', passwordHash: 'x' } });
}
const minutes = (n: number) => new Date(Date.now() + n * 60_000);

describe('sessions', () => {
  it('stores only a hash of the random token', async () => {
    const user = await makeUser();
    const { token } = await createSession(user.id);
    expect(token.length).toBeGreaterThanOrEqual(43);
    const row = await db.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(row.tokenHash).not.toContain(token);
    expect((await getUserByToken(token))?.id).toBe(user.id);
  });

  it('ends after two idle hours even though the absolute limit is later', async () => {
    const user = await makeUser();
    const { token } = await createSession(user.id);
    expect((await getUserByToken(token, minutes(119)))?.id).toBe(user.id);
    // That read moved lastSeenAt, so another 119 minutes are fine, but not 121 more.
    expect((await getUserByToken(token, minutes(119 + 119)))?.id).toBe(user.id);
    expect(await getUserByToken(token, minutes(119 + 119 + 121))).toBeNull();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it('ends at the absolute limit even when used all the time', async () => {
    const user = await makeUser();
    const { token, expiresAt } = await createSession(user.id);
    for (let m = 100; m < 12 * 60; m += 100) expect(await getUserByToken(token, minutes(m))).not.toBeNull();
    expect(await getUserByToken(token, new Date(expiresAt.getTime() + 1000))).toBeNull();
  });

  it('ends at once on sign-out, on disabling and on ending all of a user’s sessions', async () => {
    const user = await makeUser();
    const a = await createSession(user.id);
    const b = await createSession(user.id);
    await destroySession(a.token);
    expect(await getUserByToken(a.token)).toBeNull();
    expect(await getUserByToken(b.token)).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { disabled: true } });
    expect(await getUserByToken(b.token)).toBeNull();
    const c = await createSession(user.id);
    await destroyUserSessions(user.id);
    expect(await getUserByToken(c.token)).toBeNull();
  });

  it('refuses unknown and absurd tokens', async () => {
    expect(await getUserByToken(undefined)).toBeNull();
    expect(await getUserByToken('not-a-session')).toBeNull();
    expect(await getUserByToken('x'.repeat(10_000))).toBeNull();
  });
});
