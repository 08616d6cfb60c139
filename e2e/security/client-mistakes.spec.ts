import { expect, test } from '@playwright/test';
import { BROWSER_UA, createArticle, newAddress, withDb } from '../helpers/comments';
import { callAction } from '../helpers/server-actions';
import { action, ARABIC, signedIn } from './helpers';

// #11.5: a client's mistake is a 4xx in the reader's language, never a 500.

test.describe('client mistakes get a 4xx, never a 500', () => {
  test('comments: ids too large for any row are not found', async ({ request, baseURL }) => {
    for (const id of ['99999999999999999999', '1e300', '2147483648', '-1', 'abc']) {
      const response = await request.get(`/api/comments?article=${id}`);
      expect(response.status(), id).toBe(404);
    }
    for (const articleId of ['1e20', '99999999999999999999']) {
      const response = await request.post('/api/comments', {
        headers: { origin: baseURL!, accept: 'application/json', 'user-agent': BROWSER_UA, 'x-forwarded-for': newAddress() },
        multipart: { locale: 'ar', articleId, name: 'قارئ', email: 'reader@example.test', body: 'تعليق', idempotencyKey: 'k'.repeat(20), formToken: 'x' },
      });
      expect(response.status(), articleId).toBeGreaterThanOrEqual(400);
      expect(response.status(), articleId).toBeLessThan(500);
      expect(((await response.json()) as { message: string }).message).toMatch(ARABIC);
    }
  });

  test('moderation: a huge id or a missing comment changes nothing and is no server error', async ({ request, baseURL }) => {
    const moderator = await signedIn(request, baseURL!, 'moderator');
    const moderate = action('moderateCommentsAction');
    const audited = () => withDb((db) => db.auditLog.count({ where: { user: { email: moderator.email } } }));
    const before = await audited();
    for (const row of ['approve:99999999999999999999', 'edit:99999', 'block-email:99999999999', 'delete:2147483648']) {
      const response = await callAction(request, baseURL!, moderate, { locale: 'ar', row, 'name-99999': 'اسم', 'body-99999': 'نص' }, { origin: baseURL!, cookie: moderator.cookie }, false);
      expect(response.status(), row).toBeLessThan(500);
    }
    expect(await audited()).toBe(before);
  });

  test('malformed Server Action bodies are refused with 400 in Arabic', async ({ request, baseURL }) => {
    const settings = action('saveCommentSettingsAction');
    const headers = { 'next-action': settings.id, origin: baseURL!, accept: 'text/x-component' };
    const bodies: [string, string, string][] = [
      ['bad JSON', 'text/plain;charset=UTF-8', '[{"a":'],
      ['not JSON', 'text/plain;charset=UTF-8', 'not json'],
      ['deep nesting', 'text/plain;charset=UTF-8', '['.repeat(5000) + ']'.repeat(5000)],
      ['truncated multipart', 'multipart/form-data; boundary=xyz', '--xyz\r\ncontent-disposition: form-data; name="0"\r\n\r\n["$K1"'],
    ];
    for (const [name, type, data] of bodies) {
      const response = await request.post(settings.page, { headers: { ...headers, 'content-type': type }, data, maxRedirects: 0 });
      expect(response.status(), name).toBe(400);
      expect(await response.text(), name).toMatch(ARABIC);
    }
  });

  test('a no-JavaScript Server Action form from another site or Origin null is refused with 403', async ({ request }) => {
    const moderate = action('moderateCommentsAction');
    for (const origin of ['https://evil.example', 'null']) {
      const response = await request.post(moderate.page, {
        headers: { origin },
        multipart: { [`$ACTION_ID_${moderate.id}`]: '', row: 'approve:1' },
        maxRedirects: 0,
      });
      expect(response.status(), origin).toBe(403);
      expect(await response.text()).toContain('رُفض الطلب');
    }
  });

  test('a malformed escape in a cookie does not break the view beacon', async ({ request, baseURL }) => {
    const article = await createArticle();
    const response = await request.post('/api/views', {
      headers: { origin: baseURL!, 'content-type': 'text/plain;charset=UTF-8', 'user-agent': BROWSER_UA, cookie: '__Host-midad_session=%E0%A4%A', 'x-forwarded-for': newAddress() },
      data: JSON.stringify({ id: article.id }),
    });
    expect(response.status()).toBe(202);
  });

  test('an image URL a browser reads as another host is refused with 400', async ({ request }) => {
    for (const url of ['/\\evil.example/x.png', '//evil.example/x.png']) {
      const response = await request.get(`/_next/image?url=${encodeURIComponent(url)}&w=640&q=75`);
      expect(response.status(), url).toBe(400);
      expect(await response.text()).toMatch(ARABIC);
    }
  });
});
