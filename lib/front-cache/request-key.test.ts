import { describe, expect, it } from 'vitest';
import { DEVICE_COOKIE } from '@/lib/auth/device';
import { SESSION_COOKIE } from '@/lib/auth/session';
import { frontCacheKeyOf, SIGNED_IN_COOKIE_PREFIX } from './request-key';

const get = (url: string, headers: Record<string, string> = {}, method = 'GET') => frontCacheKeyOf({ method, url, headers });
const encoded = '/ar/news/%D8%AE%D8%A8%D8%B1';

describe('front cache key', () => {
  it('keys public pages by their decoded path, so both spellings of an Arabic slug share one entry', () => {
    expect(get(encoded)).toBe('/ar/news/خبر');
    expect(get('/ar/news/خبر')).toBe('/ar/news/خبر');
    expect(get('/ar', {}, 'HEAD')).toBe('/ar');
    expect(get('/feeds/ar/rss.xml')).toBe('/feeds/ar/rss.xml');
    expect(get('/robots.txt')).toBe('/robots.txt');
  });

  it('leaves staff screens, previews, the API, Next internals and media to Next', () => {
    for (const url of ['/ar/admin', '/ar/admin/preview/3', '/fr/admin/articles', '/api/views', '/_next/image?url=x', '/_next/static/a.js', '/media/a.webp', '/ar/preview/1']) {
      expect(get(url), url).toBeNull();
    }
  });

  it('leaves writes, query strings, ranges and router requests to Next', () => {
    expect(get('/ar', {}, 'POST')).toBeNull();
    expect(get('/ar?page=2')).toBeNull();
    expect(get('/ar?_rsc=1')).toBeNull();
    for (const header of ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-action', 'range', 'authorization']) {
      expect(get('/ar', { [header]: '1' }), header).toBeNull();
    }
  });

  it('never answers a request that carries a sign-in cookie, and ignores other cookies', () => {
    expect(SESSION_COOKIE.startsWith(SIGNED_IN_COOKIE_PREFIX)).toBe(true);
    expect(DEVICE_COOKIE.startsWith(SIGNED_IN_COOKIE_PREFIX)).toBe(true);
    expect(get('/ar', { cookie: `${SESSION_COOKIE}=abc` })).toBeNull();
    expect(get('/ar', { cookie: `theme=dark; ${DEVICE_COOKIE}=abc` })).toBeNull();
    expect(get('/ar', { cookie: 'theme=dark' })).toBe('/ar');
  });

  it('refuses paths whose decoding would change their structure or that cannot be decoded', () => {
    expect(get('/ar/news/a%2Fb')).toBeNull();
    expect(get('/ar/news/%E0%A4%A')).toBeNull();
    expect(get('/ar//news')).toBeNull();
    expect(get('/ar/news/../admin')).toBeNull();
    expect(get('/ar/' + 'a'.repeat(3000))).toBeNull();
  });
});
