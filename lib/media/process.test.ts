import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { HTML_FILE, jpegWithExif, pngHeaderClaiming, pngImage, SVG_FILE } from '@/test/fixtures/images';
import { codeOf } from '@/test/helpers/media';
import { inspectImage, processImage } from './process';

describe('processImage', () => {
  it('re-encodes a JPEG without its EXIF and makes narrower AVIF and WebP copies', async () => {
    const original = await jpegWithExif(1200, 800);
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const result = await processImage(original);
    expect(result).toMatchObject({ format: 'jpeg', width: 1200, height: 800 });
    const meta = await sharp(result.data).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    expect(result.data.includes(Buffer.from('SecretCam'))).toBe(false);
    expect(result.variants.map(({ format, width }) => `${format} ${width}`)).toEqual([
      'avif 320', 'avif 640', 'avif 1024', 'avif 1200', 'webp 320', 'webp 640', 'webp 1024',
    ]);
    const small = await sharp(result.variants.find((variant) => variant.format === 'webp')!.data).metadata();
    expect(small).toMatchObject({ format: 'webp', width: 320, height: 213 });
    const avif = await sharp(result.variants[0]!.data).metadata();
    expect(avif).toMatchObject({ format: 'heif', compression: 'av1', width: 320, height: 213 });
  });

  it('keeps a PNG a PNG', async () => {
    const result = await processImage(await pngImage(300, 200));
    expect(result.format).toBe('png');
    expect((await sharp(result.data).metadata()).format).toBe('png');
    expect(result.variants).toEqual([]);
  });

  it('refuses HTML and SVG as unsupported', async () => {
    expect(await codeOf(processImage(HTML_FILE))).toBe('unsupported');
    expect(await codeOf(processImage(SVG_FILE))).toBe('unsupported');
  });

  it('refuses a 50,000 × 50,000 header from the header alone', async () => {
    const bomb = pngHeaderClaiming(50_000, 50_000);
    expect(bomb.length).toBeLessThan(100);
    expect(await codeOf(inspectImage(bomb))).toBe('tooManyPixels');
    expect(await codeOf(processImage(bomb))).toBe('tooManyPixels');
  });

  it('refuses a very long thin picture by its side and a damaged one as corrupt', async () => {
    expect(await codeOf(inspectImage(pngHeaderClaiming(20_000, 10)))).toBe('tooManyPixels');
    expect(await codeOf(processImage(pngHeaderClaiming(100, 100)))).toBe('corrupt');
  });
});
