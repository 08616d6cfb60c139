import { describe, expect, it } from 'vitest';
import { uploadSrcSet } from './responsive';

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
