import { describe, expect, it } from 'vitest';
import { localPaths, paths } from './url-paths';

describe('localPaths (hrefs inside our pages)', () => {
  it('keeps Arabic slugs readable, a third of the bytes of their percent-encoding', () => {
    expect(localPaths.article('على-هامش-fbi')).toBe('/news/على-هامش-fbi');
    expect(localPaths.author('ادريس-العاشري')).toBe('/author/ادريس-العاشري');
  });

  it('still escapes what a path segment cannot hold, and invisible direction marks', () => {
    expect(localPaths.tag('a b/c?d#e%f')).toBe('/tag/a%20b%2Fc%3Fd%23e%25f');
    expect(localPaths.section('\u202eabc')).toBe('/section/%E2%80%AEabc');
  });

  it('leaves addresses for crawlers and other sites fully encoded', () => {
    expect(paths.article('ar', 'على')).toBe('/ar/news/%D8%B9%D9%84%D9%89');
  });
});
