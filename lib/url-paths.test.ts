import { describe, expect, it } from 'vitest';
import { encodeReadable, inLocale, pathTo } from './url-paths';

describe('pathTo, readable (hrefs inside our pages)', () => {
  it('keeps Arabic slugs readable, a third of the bytes of their percent-encoding', () => {
    expect(pathTo({ pathname: '/news/[slug]', params: { slug: 'على-هامش-fbi' } }, { encoding: 'readable' })).toBe('/news/على-هامش-fbi');
    expect(pathTo({ pathname: '/author/[slug]', params: { slug: 'ادريس-العاشري' } }, { encoding: 'readable' })).toBe('/author/ادريس-العاشري');
  });

  it('still escapes what a path segment cannot hold, and invisible direction marks', () => {
    expect(pathTo({ pathname: '/tag/[slug]', params: { slug: 'a b/c?d#e%f' } }, { encoding: 'readable' })).toBe('/tag/a%20b%2Fc%3Fd%23e%25f');
    expect(pathTo({ pathname: '/section/[slug]', params: { slug: '\u202eabc' } }, { encoding: 'readable' })).toBe('/section/%E2%80%AEabc');
  });
});

describe('pathTo, full (addresses for crawlers and other sites)', () => {
  it('leaves them fully encoded, under their edition', () => {
    expect(pathTo({ pathname: '/news/[slug]', params: { slug: 'على' } }, { locale: 'ar' })).toBe('/ar/news/%D8%B9%D9%84%D9%89');
    expect(pathTo({ pathname: '/admin/articles/[id]', params: { id: 12 } }, { locale: 'fr' })).toBe('/fr/admin/articles/12');
    expect(pathTo('/admin/login', { locale: 'en' })).toBe('/en/admin/login');
  });

  it('names the home page of an edition without a trailing slash', () => {
    expect(pathTo('/', { locale: 'ar' })).toBe('/ar');
    expect(pathTo('/')).toBe('/');
    expect(inLocale('fr', '/')).toBe('/fr');
  });
});

describe('encodeReadable (a query parameter inside our pages)', () => {
  // What the server at the other end receives is what a browser makes of the href.
  const followed = (href: string) => new URL(href).href;

  it('sends the same request as full encoding, from fewer bytes in the page', () => {
    for (const title of ['على هامش استقبال الحموشي لمدير FBI', 'a&b=c#d?e%f+g/h', 'سؤال؟ نعم، «اقتباس» (1) & 100% !*\'', '\u202eabc \u200f']) {
      const readable = `https://x.com/intent/tweet?text=${encodeReadable(title)}`;
      expect(followed(readable), title).toBe(followed(`https://x.com/intent/tweet?text=${encodeURIComponent(title)}`));
      expect(new URL(readable).searchParams.get('text'), title).toBe(title);
    }
    expect(encodeReadable('على هامش').length).toBeLessThan(encodeURIComponent('على هامش').length / 2);
  });
});
