import { describe, expect, it } from 'vitest';
import { convertBody } from './body';
import { legacyKeyOf, postKeys } from './legacy-paths';
import { uploadsPath } from './media';
import { importedSlug } from './slugs';
import { parseWpDate, wpInstant } from './dates';

const context = {
  imageUrl: (url: string) => (url.includes('/uploads/') ? '/media/abc.jpg' : null),
  galleryImages: (ids: number[]) => ids.map((id) => ({ url: `/media/g${id}.jpg`, alt: `صورة ${id}`, caption: id === 2 ? 'تعليق' : '' })),
};

describe('WordPress bodies', () => {
  it('applies wpautop: blank lines make paragraphs, single newlines <br>, block tags left alone', () => {
    expect(convertBody('سطر\nثان\n\nفقرة\n\n<ul>\n<li>بند</li>\n</ul>', context)).toBe('<p>سطر<br />\nثان</p>\n<p>فقرة</p>\n<ul>\n<li>بند</li>\n</ul>');
  });

  it('keeps Arabic byte for byte, quotes and dashes included (no wptexturize)', () => {
    const text = 'قال: "نعم" -- وذهب... «حسناً» ﷲ ١٢٣ ‏RTL‏';
    expect(Buffer.from(convertBody(text, context))).toEqual(Buffer.from(`<p>${text.replace(/"/g, '"')}</p>`));
  });

  it('turns the old [caption caption=""] form and a [gallery] into figures', () => {
    expect(convertBody('[caption id="a" caption="قديم"]<img src="https://x.ma/wp-content/uploads/2020/01/a.jpg" alt="" />[/caption]', context)).toBe(
      '<figure><img src="/media/abc.jpg" alt="" /><figcaption>قديم</figcaption></figure>',
    );
    expect(convertBody('[gallery ids="1,2"]', context)).toBe(
      '<figure><img src="/media/g1.jpg" alt="صورة 1" /></figure>\n<figure><img src="/media/g2.jpg" alt="صورة 2" /><figcaption>تعليق</figcaption></figure>',
    );
  });

  it('links [embed] and bare oEmbed URLs, keeps unknown shortcodes as text and drops scripts', () => {
    expect(convertBody('[embed]https://youtu.be/x[/embed]', context)).toBe('<p><a href="https://youtu.be/x">https://youtu.be/x</a></p>');
    expect(convertBody('[contact-form-7 id="9"]\n\n<script>x()</script><iframe src="https://evil"></iframe>', context)).toBe('<p>[contact-form-7 id="9"]</p>');
    expect(convertBody('<a href="javascript:alert(1)">رابط</a>', context)).toBe('<p><a>رابط</a></p>');
  });
});

describe('WordPress addresses, slugs and dates', () => {
  it('decodes percent-encoded Arabic slugs and rebuilds ones the product refuses', () => {
    expect(importedSlug('%d8%ae%d8%a8%d8%b1-%d8%b9%d8%a7%d8%ac%d9%84', 'x')).toBe('خبر-عاجل');
    expect(importedSlug('Hello_World!', 'x')).toBe('hello-world');
    expect(importedSlug('', 'عنوان المقال')).toBe('عنوان-المقال');
  });

  it('keys old links the same way whether raw or encoded, and ignores app paths and files', () => {
    expect(legacyKeyOf('/%D8%AE%D8%A8%D8%B1/')).toBe('خبر');
    expect(legacyKeyOf('/خبر')).toBe('خبر');
    expect(legacyKeyOf('/?p=12&utm=x')).toBe('?p=12');
    expect(legacyKeyOf('/?p=abc')).toBeNull();
    expect(legacyKeyOf('/fr/section/x')).toBeNull();
    expect(legacyKeyOf('/wp-login.php')).toBeNull();
    expect(postKeys('7', '%d8%ae%d8%a8%d8%b1', new Date(Date.UTC(2024, 0, 5, 23, 30)))).toEqual(['?p=7', 'خبر', '2024/01/05/خبر', '2024/01/خبر']);
  });

  it('finds images under the uploads folder and refuses paths that climb out of it', () => {
    expect(uploadsPath('https://x.ma/wp-content/uploads/2024/05/%D8%B5%D9%88%D8%B1%D8%A9.jpg')).toBe('2024/05/صورة.jpg');
    expect(uploadsPath('https://x.ma/wp-content/uploads/2024/05/../../../etc/passwd')).toBeNull();
    expect(uploadsPath('https://cdn.example.com/a.jpg')).toBeNull();
  });

  it('reads GMT dates, floating drafts in the site offset, and refuses impossible dates', () => {
    expect(wpInstant('2024-05-12 14:30:00', '2024-05-12 13:30:00', 0)).toEqual(new Date('2024-05-12T13:30:00Z'));
    expect(wpInstant('2024-06-01 10:00:00', '0000-00-00 00:00:00', 60)).toEqual(new Date('2024-06-01T09:00:00Z'));
    expect(wpInstant('2024-02-30 10:00:00', '0000-00-00 00:00:00', 0)).toBe('invalid');
    expect(parseWpDate('2024-13-01 00:00:00')).toBeNull();
  });
});
