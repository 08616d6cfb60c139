import { beforeAll, describe, expect, it, vi } from 'vitest';

// Point 7: the one guard runs the same checks for every action before its code: FormData, same
// origin (Origin, else Referer; `null` and neither refused), session and permission.

const request = vi.hoisted(() => ({ headers: {} as Record<string, string>, token: '' }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ host: 'localhost:3000', ...request.headers }),
  cookies: async () => ({ get: (name: string) => (name.includes('session') && request.token ? { value: request.token } : undefined) }),
}));
vi.mock('next-intl/server', () => ({
  getTranslations: async ({ namespace }: { namespace: string }) => (key: string) => `${namespace}.${key}`,
}));

const { db } = await import('@/lib/db');
const { createSession } = await import('@/lib/auth/session');
const { canManageUsers } = await import('@/lib/auth/permissions');
const { stateAction } = await import('./guard');

const idle = { status: 'idle' as const, message: '', fieldErrors: {} };
const ran = vi.fn();
const probe = stateAction({ access: canManageUsers, namespace: 'Users' }, async () => {
  ran();
  return { status: 'saved', message: 'ran', fieldErrors: {} };
});
const form = () => {
  const data = new FormData();
  data.set('locale', 'ar');
  return data;
};
const tokens: Record<string, string> = {};

beforeAll(async () => {
  for (const role of ['admin', 'editor']) {
    const user = await db.user.create({ data: { email: `guard-${role}@example.test`, name: role, role, passwordHash: 'x' } });
    tokens[role] = (await createSession(user.id)).token;
  }
});

const SITE = 'http://localhost:3000';
const cases: [string, Record<string, string>, string, unknown, string][] = [
  ['same Origin, admin', { origin: SITE }, 'admin', 'form', 'ran'],
  ['no Origin, same-site Referer', { referer: `${SITE}/ar/admin/users` }, 'admin', 'form', 'ran'],
  ['foreign Origin', { origin: 'https://evil.example' }, 'admin', 'form', 'Users.errors.forbidden'],
  ['Origin null', { origin: 'null' }, 'admin', 'form', 'Users.errors.forbidden'],
  ['neither Origin nor Referer', {}, 'admin', 'form', 'Users.errors.forbidden'],
  ['foreign Referer, no Origin', { referer: 'https://evil.example/x' }, 'admin', 'form', 'Users.errors.forbidden'],
  ['signed out', { origin: SITE }, '', 'form', 'Users.errors.forbidden'],
  ['a role without the permission', { origin: SITE }, 'editor', 'form', 'Users.errors.forbidden'],
  ['not FormData', { origin: SITE }, 'admin', { locale: 'ar' }, 'Users.errors.invalid'],
];

describe('the action guard', () => {
  it.each(cases)('%s', async (_what, headers, role, body, message) => {
    request.headers = headers;
    request.token = role ? tokens[role]! : '';
    ran.mockClear();
    const state = await probe(idle, body === 'form' ? form() : (body as FormData));
    expect(state.message).toBe(message);
    expect(ran).toHaveBeenCalledTimes(message === 'ran' ? 1 : 0);
  });
});
