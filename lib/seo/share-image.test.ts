import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '@/lib/urls';
import { shareImageOf } from './share-image';

const article = { id: 42, title: 'عنوان', updatedAt: '2024-05-01T10:00:00.000Z' };

describe('shareImageOf', () => {
  it('uses a raster feature image as it is', () => {
    const image = { url: '/media/photo.jpg', alt: 'صورة', width: 1600, height: 900 };
    expect(shareImageOf({ ...article, image })).toEqual({ url: absoluteUrl('/media/photo.jpg'), width: 1600, height: 900, alt: 'صورة' });
  });

  it('falls back to the generated card without an image or with an SVG one, versioned by the update time', () => {
    const card = shareImageOf({ ...article, image: null });
    expect(card).toMatchObject({ width: 1200, height: 630, alt: 'عنوان' });
    expect(card.url).toBe(`${absoluteUrl('/media/og/42.png')}?v=${Date.parse(article.updatedAt).toString(36)}`);
    const svg = { url: '/demo/picture-1.svg', alt: '', width: 1200, height: 675 };
    expect(shareImageOf({ ...article, image: svg }).url).toBe(card.url);
    expect(shareImageOf({ ...article, updatedAt: '2024-05-02T10:00:00.000Z', image: null }).url).not.toBe(card.url);
  });
});
