import { expect, test } from '@playwright/test';
import { withDb } from '../helpers/comments';
import { callAction } from '../helpers/server-actions';
import { action, signedIn } from './helpers';

// #11.7: every Server Action goes through one guard (lib/actions/guard.ts; lib/actions/guard.test.ts
// fails for an export that does not). Here: the comment actions, which once skipped the origin
// check, refuse a moderator's request that names no origin at all, and accept it from this site.

const blockedWords = () => withDb((db) => db.setting.findUnique({ where: { key: 'comments.blockedWords' } }).then((row) => row?.value ?? ''));

test.describe('one guard for every Server Action', () => {
  test.describe.configure({ mode: 'serial' });

  test('comment settings: no Origin and no Referer, or a foreign Referer, changes nothing', async ({ request, baseURL }) => {
    const moderator = await signedIn(request, baseURL!, 'moderator');
    const settings = action('saveCommentSettingsAction');
    const before = await blockedWords();
    const word = `كلمة-${Date.now()}`;
    const variants: Record<string, string>[] = [{}, { referer: 'https://evil.example/page' }];
    for (const headers of variants) {
      const response = await callAction(request, baseURL!, settings, { locale: 'ar', blockedWords: word }, { cookie: moderator.cookie, ...headers }, false);
      expect(response.status()).toBeLessThan(500);
      expect(await blockedWords()).toBe(before);
    }
    // The same call from this site does change it, so the check above can fail.
    await callAction(request, baseURL!, settings, { locale: 'ar', blockedWords: `${before}\n${word}`.trim() }, { cookie: moderator.cookie, referer: `${baseURL}/ar/admin/comments` }, false);
    expect(await blockedWords()).toContain(word);
    await callAction(request, baseURL!, settings, { locale: 'ar', blockedWords: before }, { cookie: moderator.cookie, origin: baseURL! }, false);
    expect(await blockedWords()).toBe(before);
  });
});
