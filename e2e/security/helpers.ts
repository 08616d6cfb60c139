import { request as httpRequest } from 'node:http';
import type { APIRequestContext } from '@playwright/test';
import { sessionCookie } from '../helpers/extra-server';
import { buildActions, type ActionRef } from '../helpers/server-actions';
import { createUser, type TestUser } from '../helpers/users';

export const ARABIC = /[\u0600-\u06FF]/;

/** The Server Action named `name` in the build the e2e server runs. */
export function action(name: string): ActionRef {
  // E2E_BUILD_DIR: a build elsewhere (the server under test was built there).
  const found = buildActions(process.env.E2E_BUILD_DIR || process.cwd()).find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no Server Action ${name} in the build`);
  return found;
}

/** A user of `role` with a signed-in session cookie on the e2e server. */
export async function signedIn(request: APIRequestContext, baseURL: string, role: string): Promise<TestUser & { cookie: string }> {
  const user = createUser(role);
  return { ...user, cookie: await sessionCookie(request, baseURL, user) };
}

/**
 * Sends headers that announce a body of `announced` bytes but sends only `sent` of them, and
 * reports the answer. A server that judges the announced size answers at once; one that reads
 * the body first never answers (the rest never comes), and this gives up after `waitMs`.
 */
export function announceLargeBody(
  baseURL: string,
  path: string,
  headers: Record<string, string>,
  announced: number,
  sent = 1024,
  waitMs = 5_000,
): Promise<{ status: number; body: string } | 'no answer'> {
  const url = new URL(path, baseURL);
  return new Promise((resolve) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method: 'POST', headers: { ...headers, 'content-length': String(announced) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
          req.destroy();
        });
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      resolve('no answer');
    }, waitMs);
    req.on('error', () => undefined);
    req.write(Buffer.alloc(sent, 'a'));
  });
}
