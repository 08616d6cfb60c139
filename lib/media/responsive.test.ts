import { describe, expect, it } from 'vitest';
import { sanitizeBody } from '@/lib/articles/sanitize';
import { uploadSrcSets, withBodySrcSets } from './responsive';

const URL = '/media/aabbccddeeff001122334455.jpg';
const BASE = '/media/aabbccddeeff001122334455';

describe('uploadSrcSets', () => {
  it('lists the AVIF copies narrower than the upload and at its width, and the WebP ones then the original', () => {
    expect(uploadSrcSets(URL, 1200)).toEqual({
      avif: `${BASE}-320.avif 320w, ${BASE}-640.avif 640w, ${BASE}-1024.avif 1024w, ${BASE}-1200.avif 1200w`,
      webp: `${BASE}-320.webp 320w, ${BASE}-640.webp 640w, ${BASE}-1024.webp 1024w, ${URL} 1200w`,
    });
  });

  it('ends the AVIF list with the original when the upload is an AVIF', () => {
    expect(uploadSrcSets(`${BASE}.avif`, 700)?.avif).toBe(`${BASE}-320.avif 320w, ${BASE}-640.avif 640w, ${BASE}.avif 700w`);
  });

  it('offers nothing for a picture too narrow to have copies, of unknown width, or not uploaded here', () => {
    expect(uploadSrcSets(URL, 300)).toBeUndefined();
    expect(uploadSrcSets(URL, null)).toBeUndefined();
    expect(uploadSrcSets('/demo/picture-1.svg', 1200)).toBeUndefined();
    expect(uploadSrcSets('https://example.com/media/aabbccddeeff001122334455.jpg', 1200)).toBeUndefined();
  });
});

describe('withBodySrcSets', () => {
  it('gives an uploaded picture of known width in a body its copies, whatever the order of its attributes', () => {
    const body = sanitizeBody(`<figure><img alt="قاعة" width="1200" src="${URL}" height="800"></figure>`);
    const { avif, webp } = uploadSrcSets(URL, 1200)!;
    const sizes = '(min-width: 40rem) 612px, 100vw';
    expect(withBodySrcSets(body)).toBe(
      `<figure><picture><source type="image/avif" srcset="${avif}" sizes="${sizes}" />` +
        `<img srcset="${webp}" sizes="${sizes}" alt="قاعة" width="1200" src="${URL}" height="800" /></picture></figure>`,
    );
  });

  it('leaves other pictures, and words that only look like attributes, as they are', () => {
    const body = sanitizeBody(
      `<p>&lt;img src="${URL}" width="1200"&gt;</p><img src="${URL}" alt=" width=&quot;1200&quot;"><img src="https://example.com${URL}" width="1200"><img src="${URL}" width="300">`,
    );
    expect(withBodySrcSets(body)).toBe(body);
  });
});
