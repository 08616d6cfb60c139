import { describe, expect, it } from 'vitest';
import { badRequestResponse, isMalformedPath } from './bad-request';

describe('isMalformedPath', () => {
  it('accepts encoded Arabic and plain paths', () => {
    expect(isMalformedPath('/ar/news/%D8%B9%D9%84%D9%89')).toBe(false);
    expect(isMalformedPath('/fr/section/economie/2')).toBe(false);
  });

  it('refuses a cut UTF-8 sequence, a bad escape and a huge segment', () => {
    expect(isMalformedPath('/ar/news/%D8%B9%D9')).toBe(true);
    expect(isMalformedPath('/ar/news/abc%ZZ')).toBe(true);
    expect(isMalformedPath(`/ar/news/${'a'.repeat(201)}`)).toBe(true);
    expect(isMalformedPath(`/ar/news/${encodeURIComponent('ب'.repeat(100))}`)).toBe(false);
  });
});

describe('badRequestResponse', () => {
  it('answers 400 in the language of the URL', async () => {
    const arabic = badRequestResponse('/ar/news/%D8');
    expect(arabic.status).toBe(400);
    const html = await arabic.text();
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('طلب غير صالح');
    expect(await badRequestResponse('/fr/x').text()).toContain('Requête invalide');
  });
});
