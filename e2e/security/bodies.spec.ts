import { expect, test } from '@playwright/test';
import { BROWSER_UA } from '../helpers/comments';
import { action, announceLargeBody, ARABIC } from './helpers';

// #11.4: bodies are judged before they are read. Each request below announces 50 MB and sends
// 1 KB: a server that checks origin and Content-Length first answers at once; one that reads
// the body first waits for the rest and never answers.
const FIFTY_MB = 50 * 1024 * 1024;

test.describe('bodies judged before they are read', () => {
  test('comments: another site is refused (403) and an oversize body (413) before reading', async ({ baseURL }) => {
    const form = { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': BROWSER_UA, accept: 'application/json' };
    const foreign = await announceLargeBody(baseURL!, '/api/comments', { ...form, origin: 'https://evil.example' }, FIFTY_MB);
    expect(foreign).not.toBe('no answer');
    expect(foreign !== 'no answer' && foreign.status).toBe(403);
    const large = await announceLargeBody(baseURL!, '/api/comments', { ...form, origin: baseURL! }, FIFTY_MB);
    expect(large !== 'no answer' && large.status).toBe(413);
    expect(large !== 'no answer' && JSON.parse(large.body).message).toMatch(ARABIC);
  });

  test('sign-in: an oversize body is refused with a localized page before reading', async ({ baseURL }) => {
    const large = await announceLargeBody(baseURL!, '/api/auth/sign-in', { 'content-type': 'application/x-www-form-urlencoded', origin: baseURL! }, FIFTY_MB);
    expect(large !== 'no answer' && large.status).toBe(413);
    expect(large !== 'no answer' && large.body).toContain('الطلب أكبر من المسموح به');
  });

  test('a streamed body without Content-Length is cut at the cap', async ({ request, baseURL }) => {
    // 2 MB of form data, far over the sign-in cap: refused, not parsed.
    const response = await request.post('/api/auth/sign-in', {
      headers: { origin: baseURL!, 'content-type': 'application/x-www-form-urlencoded' },
      data: `email=a%40b.example&password=${'x'.repeat(2 * 1024 * 1024)}&locale=ar`,
      maxRedirects: 0,
    });
    expect(response.status()).toBe(413);
  });

  test('Server Actions: an oversize body is refused with 413 before Next reads it', async ({ baseURL }) => {
    const settings = action('saveCommentSettingsAction');
    const headers = { 'next-action': settings.id, origin: baseURL!, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' };
    const large = await announceLargeBody(baseURL!, settings.page, headers, FIFTY_MB);
    expect(large !== 'no answer' && large.status).toBe(413);
    expect(large !== 'no answer' && large.body).toMatch(ARABIC);
  });
});
