import { describe, expect, it } from 'vitest';
import { sanitizeBody } from '@/lib/articles/sanitize';
import { uploadSrcSet, withBodySrcSets } from './responsive';

const URL = '/media/aabbccddeeff001122334455.jpg';

describe('uploadSrcSet', () => {
  it('lists the WebP copies narrower than the upload, then the original at its own width', () => {
    expect(uploadSrcSet(URL, 1200)).toBe(
      '/media/aabbccddeeff001122334455-320.webp 320w, /media/aabbccddeeff001122334455-640.webp 640w, ' +
        '/media/aabbccddeeff001122334455-1024.webp 1024w, /media/aabbccddeeff001122334455.jpg 1200w',
    );
  });

  it('offers nothing for a picture too narrow to have copies, of unknown width, or not uploaded here', () => {
    expect(uploadSrcSet(URL, 300)).toBeUndefined();
    expect(uploadSrcSet(URL, null)).toBeUndefined();
    expect(uploadSrcSet('/demo/picture-1.svg', 1200)).toBeUndefined();
    expect(uploadSrcSet('https://example.com/media/aabbccddeeff001122334455.jpg', 1200)).toBeUndefined();
  });
});

describe('withBodySrcSets', () => {
  it('gives an uploaded picture of known width in a body its copies, whatever the order of its attributes', () => {
    const body = sanitizeBody(`<figure><img alt="قاعة" width="1200" src="${URL}" height="800"></figure>`);
    expect(withBodySrcSets(body)).toBe(
      `<figure><img srcset="${uploadSrcSet(URL, 1200)}" sizes="(min-width: 40rem) 612px, 100vw" alt="قاعة" width="1200" src="${URL}" height="800" /></figure>`,
    );
  });

  it('leaves other pictures, and words that only look like attributes, as they are', () => {
    const body = sanitizeBody(
      `<p>&lt;img src="${URL}" width="1200"&gt;</p><img src="${URL}" alt=" width=&quot;1200&quot;"><img src="https://example.com${URL}" width="1200"><img src="${URL}" width="300">`,
    );
    expect(withBodySrcSets(body)).toBe(body);
  });
});
