import { describe, expect, it } from 'vitest';
import { cleanPastedHtml, dropEmptyParagraphs, dropExternalImages } from './clean-paste';

describe('cleanPastedHtml', () => {
  it('strips Word conditional comments, Office tags, styles and classes but keeps the text', () => {
    const word =
      '<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]--><style>p.MsoNormal{margin:0}</style>' +
      '<p class="MsoNormal" style="direction:rtl;unicode-bidi:embed" dir="rtl"><span lang="AR-MA" style="font-family:Arial">مرحبا <b>Midad</b></span><o:p></o:p></p>';
    expect(cleanPastedHtml(word)).toBe('<p dir="rtl">مرحبا <b>Midad</b></p>');
  });

  it('drops event handlers and scripts from web HTML', () => {
    expect(cleanPastedHtml('<p onclick="x()" data-id="1">نص</p><script>alert(1)</script>')).toBe('<p>نص</p>');
  });
});

describe('dropExternalImages', () => {
  it('keeps pictures from the media library and counts the others it removes', () => {
    const pasted = '<p>نص</p><img src="https://example.com/a.jpg" alt=""><img src="/media/2026/b.webp" alt="صورة"><img src=http://x.test/c.png>';
    expect(dropExternalImages(pasted)).toEqual({ html: '<p>نص</p><img src="/media/2026/b.webp" alt="صورة">', dropped: 2 });
  });
});

describe('dropEmptyParagraphs', () => {
  it('drops paragraphs holding only spaces or line breaks, in any direction', () => {
    expect(dropEmptyParagraphs('<p dir="rtl">أ</p><p dir="rtl"></p><p> &nbsp;<br></p><p>ب</p>')).toBe('<p dir="rtl">أ</p><p>ب</p>');
  });
});
