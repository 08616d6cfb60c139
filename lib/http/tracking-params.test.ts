import { describe, expect, it } from 'vitest';
import { withoutTrackingParams } from './tracking-params';

describe('withoutTrackingParams', () => {
  it('drops the parameters of a shared or mailed link, and the question mark with them', () => {
    expect(withoutTrackingParams('/ar/news/x?fbclid=IwAR0abc')).toBe('/ar/news/x');
    expect(withoutTrackingParams('/ar/news/x?utm_source=facebook&utm_medium=social&utm_campaign=a&fbclid=1')).toBe('/ar/news/x');
    expect(withoutTrackingParams('/ar?mc_cid=1&mc_eid=subscriber7&gclid=2&_gl=3')).toBe('/ar');
    expect(withoutTrackingParams('/ar/news/x?fbclid')).toBe('/ar/news/x');
  });

  it('keeps every other parameter as written and in its order', () => {
    expect(withoutTrackingParams('/ar/search?utm_source=x&q=%D8%A7%D9%84%D8%B1%D8%A8%D8%A7%D8%B7&page=2&fbclid=1')).toBe(
      '/ar/search?q=%D8%A7%D9%84%D8%B1%D8%A8%D8%A7%D8%B7&page=2',
    );
    expect(withoutTrackingParams('/ar/news/x/comments?order=oldest')).toBe('/ar/news/x/comments?order=oldest');
    // A name that only starts like one is content.
    expect(withoutTrackingParams('/ar/search?q=utm&utmost=1&fbclidx=2')).toBe('/ar/search?q=utm&utmost=1&fbclidx=2');
  });

  it('leaves a URL without a query string, or with an empty one, alone', () => {
    expect(withoutTrackingParams('/ar/news/x')).toBe('/ar/news/x');
    expect(withoutTrackingParams('/ar/news/x?')).toBe('/ar/news/x');
    expect(withoutTrackingParams('/ar/news/x?&&')).toBe('/ar/news/x');
  });
});
