import { describe, expect, it } from 'vitest';
import { avifImage, HTML_FILE, jpegWithExif, pngImage, SVG_FILE, webpImage } from '@/test/fixtures/images';
import { detectImageFormat } from './detect';

describe('detectImageFormat', () => {
  it('recognises the four accepted formats by content', async () => {
    expect(detectImageFormat(await jpegWithExif())).toBe('jpeg');
    expect(detectImageFormat(await pngImage(10, 10))).toBe('png');
    expect(detectImageFormat(await webpImage())).toBe('webp');
    expect(detectImageFormat(await avifImage())).toBe('avif');
  });

  it('refuses HTML, SVG, empty and truncated content', async () => {
    expect(detectImageFormat(HTML_FILE)).toBeNull();
    expect(detectImageFormat(SVG_FILE)).toBeNull();
    expect(detectImageFormat(new Uint8Array())).toBeNull();
    expect(detectImageFormat((await pngImage(10, 10)).subarray(0, 4))).toBeNull();
    // An MP4 is an ISO-BMFF file too, but not an AVIF one.
    expect(detectImageFormat(Buffer.from('\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom', 'latin1'))).toBeNull();
  });
});
