import { describe, expect, it } from 'vitest';
import { cleanPastedHtml } from './clean-paste';

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
