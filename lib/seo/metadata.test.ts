import { describe, expect, it } from 'vitest';
import { homeLanguages, pageMetadata } from './metadata';

const base = { locale: 'ar', siteName: 'مداد', feedTitle: 'مداد: آخر الأخبار' };

describe('pageMetadata', () => {
  it('gives a page its canonical, feed links, Open Graph and Twitter tags', () => {
    const meta = pageMetadata({
      ...base,
      path: '/ar/section/politics',
      title: 'سياسة',
      description: 'أخبار السياسة',
      feedScope: { scope: { kind: 'section', slug: 'politics' }, title: 'مداد: سياسة' },
    });
    expect(meta.alternates?.canonical).toBe('/ar/section/politics');
    expect(meta.alternates?.languages).toBeUndefined();
    expect(meta.alternates?.types).toEqual({
      'application/rss+xml': [
        { url: '/feeds/ar/rss.xml', title: 'مداد: آخر الأخبار (RSS)' },
        { url: '/feeds/ar/section/politics/rss.xml', title: 'مداد: سياسة (RSS)' },
      ],
      'application/atom+xml': [
        { url: '/feeds/ar/atom.xml', title: 'مداد: آخر الأخبار (Atom)' },
        { url: '/feeds/ar/section/politics/atom.xml', title: 'مداد: سياسة (Atom)' },
      ],
    });
    expect(meta.openGraph).toMatchObject({ type: 'website', url: '/ar/section/politics', locale: 'ar_MA', siteName: 'مداد' });
    // X falls back to og:title and og:description; the twitter: copies would only add weight.
    expect(meta.twitter).toEqual({ card: 'summary' });
    expect(meta.openGraph).toMatchObject({ title: 'سياسة' });
  });

  it('links every edition of a page, with the Arabic one as x-default', () => {
    const meta = pageMetadata({ ...base, locale: 'fr', path: '/fr', title: 'Midad', languages: homeLanguages() });
    expect(meta.alternates?.languages).toEqual({ ar: '/ar', fr: '/fr', en: '/en', 'x-default': '/ar' });
    expect(meta.openGraph).toMatchObject({ locale: 'fr_MA', alternateLocale: ['ar_MA', 'en_US'] });
  });

  it('marks an article with its image as a large card', () => {
    const image = { url: 'https://example.com/a.jpg', width: 1200, height: 630, alt: 'صورة' };
    const meta = pageMetadata({
      ...base, path: '/ar/news/x', title: 'خبر', image,
      article: { publishedTime: '2023-02-22T09:00:00+01:00', modifiedTime: '2023-02-22T09:00:00+01:00', section: 'سياسة',
        authors: ['https://example.com/ar/author/a'], tags: ['الرباط'] },
    });
    expect(meta.openGraph).toMatchObject({ type: 'article', images: [image], publishedTime: '2023-02-22T09:00:00+01:00' });
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image', images: [{ url: image.url, alt: 'صورة' }] });
  });
});
