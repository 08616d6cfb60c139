import { expect, test } from '@playwright/test';
import { dbFingerprint } from './helpers/db-fingerprint';
import { buildWithoutProxy, sessionCookie, startServer, type ExtraServer } from './helpers/extra-server';
import { pngImage } from './helpers/images';
import { adminPages, PUBLIC_ADMIN_PAGES, routeHandlers, serverActionFiles, WRITE_METHODS } from './helpers/routes';
import { buildActions, callAction, type ActionRef } from './helpers/server-actions';
import { createUser, type TestUser } from './helpers/users';

// Access control must hold in the data layer: each check runs against the normal build and
// against a second build without proxy.ts, each on a database no other test touches, and a
// fingerprint of every row shows that a refused request wrote nothing.

// Headers that once let requests skip Next.js middleware entirely (CVE-2025-29927).
const BYPASS_HEADERS: Record<string, string>[] = [
  {},
  { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
  { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
];
// Public by design: signing in is how one gets a session; signing out with none ends nothing.
const PUBLIC_HANDLERS = ['/api/auth/sign-in', '/api/auth/sign-out'];
const READER_HANDLERS = ['/api/comments', '/api/views'];
const ACTION_FIELDS = {
  locale: 'ar', userId: '1', role: 'admin', disabled: 'true', email: 'intruder@example.test', name: 'x',
  token: 'x'.repeat(43), password: 'an-intruders-password', confirm: 'an-intruders-password', id: '1', slug: 'x', title: 'x',
};

test.describe.configure({ mode: 'serial' });

for (const variant of ['with-proxy', 'without-proxy'] as const) {
  test.describe(`security (${variant})`, () => {
    let server: ExtraServer;
    let dir: string;
    let actions: ActionRef[];
    const users: Partial<Record<string, TestUser & { cookie: string }>> = {};

    test.beforeAll(async ({ request }) => {
      test.setTimeout(15 * 60_000);
      dir = variant === 'with-proxy' ? process.cwd() : buildWithoutProxy();
      server = await startServer(variant, variant === 'with-proxy' ? 3351 : 3352, dir);
      actions = buildActions(dir);
      for (const role of ['admin', 'editor', 'author', 'contributor', 'moderator']) {
        const user = createUser(role, `مستخدم ${role}`, server.databaseUrl);
        users[role] = { ...user, cookie: await sessionCookie(request, server.base, user) };
      }
    });
    test.afterAll(() => server?.stop());

    test('finds the pages, handlers and actions to check', () => {
      const pages = adminPages();
      expect(pages).toEqual(expect.arrayContaining(['/ar/admin', '/ar/admin/users', ...PUBLIC_ADMIN_PAGES]));
      expect(routeHandlers().map((handler) => handler.url)).toEqual(expect.arrayContaining(['/api/media', ...PUBLIC_HANDLERS]));
      const names = serverActionFiles().flatMap((file) => file.exports);
      expect(names).toEqual(expect.arrayContaining(['inviteUserAction', 'changeRoleAction']));
      // Every action in the source is in the build, so none escapes the checks below.
      expect(actions.length).toBeGreaterThanOrEqual(names.length);
    });

    test('every admin page sends an anonymous request to sign in and writes nothing', async ({ request }) => {
      const before = await dbFingerprint(server.databaseUrl);
      for (const page of adminPages().filter((url) => !PUBLIC_ADMIN_PAGES.includes(url))) {
        for (const headers of BYPASS_HEADERS) {
          const response = await request.get(`${server.base}${page}`, { headers, maxRedirects: 0 });
          expect([303, 307, 308], `${page} ${JSON.stringify(headers)}`).toContain(response.status());
          expect(response.headers().location, page).toMatch(/\/ar\/admin\/login$/);
          expect(await response.text()).not.toContain('لوحة التحرير');
        }
      }
      expect(await dbFingerprint(server.databaseUrl)).toBe(before);
    });

    test('every route handler refuses anonymous writes and writes nothing', async ({ request }) => {
      const png = await pngImage();
      const before = await dbFingerprint(server.databaseUrl);
      // Readers' own writes (guest comments, view beacons) are open by design and have their own
      // defence tests (e2e/comments-defence.spec.ts, lib/views/beacon.test.ts).
      const open = [...PUBLIC_HANDLERS, ...READER_HANDLERS];
      for (const handler of routeHandlers().filter((candidate) => !open.includes(candidate.url))) {
        for (const method of handler.methods.filter((name) => WRITE_METHODS.includes(name))) {
          for (const headers of BYPASS_HEADERS) {
            const response = await request.fetch(`${server.base}${handler.url}`, {
              method,
              headers: { origin: server.base, ...headers },
              multipart: { file: { name: 'a.png', mimeType: 'image/png', buffer: png }, id: '1', locale: 'ar' },
              maxRedirects: 0,
            });
            expect(response.status(), `${method} ${handler.url}`).toBeGreaterThanOrEqual(400);
            expect(response.status(), `${method} ${handler.url}`).toBeLessThan(500);
          }
        }
      }
      expect(await dbFingerprint(server.databaseUrl)).toBe(before);
    });

    test('every Server Action refuses anonymous callers and writes nothing', async ({ request }) => {
      const before = await dbFingerprint(server.databaseUrl);
      for (const action of actions) {
        for (const headers of BYPASS_HEADERS) {
          for (const withState of [true, false]) {
            const response = await callAction(request, server.base, action, ACTION_FIELDS, { origin: server.base, ...headers }, withState);
            expect(response.status(), action.name).toBeLessThan(500);
          }
        }
      }
      expect(await dbFingerprint(server.databaseUrl)).toBe(before);
    });

    test('role checks: only admins manage users; moderators cannot upload', async ({ request }) => {
      for (const [role, user] of Object.entries(users)) {
        const home = await request.get(`${server.base}/ar/admin`, { headers: { cookie: user!.cookie }, maxRedirects: 0 });
        expect(home.status(), role).toBe(200);
        const page = await request.get(`${server.base}/ar/admin/users`, { headers: { cookie: user!.cookie }, maxRedirects: 0 });
        expect(page.status(), role).toBe(role === 'admin' ? 200 : 404);
        const upload = await request.post(`${server.base}/api/media`, {
          headers: { cookie: user!.cookie, origin: server.base },
          multipart: { file: { name: 'a.png', mimeType: 'image/png', buffer: await pngImage() } },
        });
        expect(upload.status(), role).toBe(role === 'moderator' ? 403 : 201);
      }
    });

    test('a non-admin calling changeRoleAction directly changes nothing; an admin can', async ({ request }) => {
      const changeRole = actions.find((action) => action.name === 'changeRoleAction') ?? actions[0]!;
      const target = createUser('contributor', 'هدف', server.databaseUrl);
      const targetId = await userIdOf(server.databaseUrl, target.email);
      const fields = { locale: 'ar', userId: String(targetId), role: 'admin' };
      for (const role of ['editor', 'author', 'contributor', 'moderator']) {
        const before = await dbFingerprint(server.databaseUrl);
        await callAction(request, server.base, changeRole, fields, { origin: server.base, cookie: users[role]!.cookie }, false);
        expect(await dbFingerprint(server.databaseUrl), role).toBe(before);
      }
      // Cross-site, null and missing Origin write nothing even for an admin…
      for (const origin of ['https://evil.example', 'null', undefined]) {
        const before = await dbFingerprint(server.databaseUrl);
        const headers: Record<string, string> = { cookie: users.admin!.cookie };
        if (origin) headers.origin = origin;
        const response = await callAction(request, server.base, changeRole, fields, headers, false);
        // A forged call is a client error with a clear answer, never a server error.
        expect(response.status(), String(origin)).toBeLessThan(500);
        if (origin) expect(response.status(), origin).toBe(403);
        expect(await dbFingerprint(server.databaseUrl), String(origin)).toBe(before);
      }
      // …while the same call from this site does, so the checks above can fail.
      const before = await dbFingerprint(server.databaseUrl);
      await callAction(request, server.base, changeRole, fields, { origin: server.base, cookie: users.admin!.cookie }, false);
      expect(await dbFingerprint(server.databaseUrl)).not.toBe(before);
    });

    test('a cross-site or null Origin uploads nothing and signs nobody in', async ({ request }) => {
      const before = await dbFingerprint(server.databaseUrl);
      for (const origin of ['https://evil.example', 'null']) {
        const upload = await request.post(`${server.base}/api/media`, {
          headers: { cookie: users.admin!.cookie, origin },
          multipart: { file: { name: 'a.png', mimeType: 'image/png', buffer: await pngImage() } },
        });
        expect(upload.status()).toBe(403);
        const signIn = await request.post(`${server.base}/api/auth/sign-in`, {
          form: { email: users.admin!.email, password: users.admin!.password, locale: 'ar' },
          headers: { origin },
          maxRedirects: 0,
        });
        expect(signIn.status()).toBe(403);
      }
      expect(await dbFingerprint(server.databaseUrl)).toBe(before);
    });

    test('the 6th wrong password answers 429 with Retry-After', async ({ request }) => {
      const attempt = () =>
        request.post(`${server.base}/api/auth/sign-in`, {
          form: { email: users.author!.email, password: 'not-the-password', locale: 'ar' },
          headers: { origin: server.base },
          maxRedirects: 0,
        });
      for (let i = 0; i < 5; i += 1) expect((await attempt()).status()).toBe(303);
      const sixth = await attempt();
      expect(sixth.status()).toBe(429);
      expect(Number(sixth.headers()['retry-after'])).toBeGreaterThan(0);
    });
  });
}

async function userIdOf(databaseUrl: string, email: string): Promise<number> {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(databaseUrl.replace(/^file:/, ''), { readonly: true });
  try {
    return (db.prepare('SELECT id FROM "User" WHERE email = ?').get(email) as { id: number }).id;
  } finally {
    db.close();
  }
}
