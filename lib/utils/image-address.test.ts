import { describe, expect, it } from 'vitest';
import { imageAddressSchema, isImageAddress } from './image-address';

describe('image addresses', () => {
  it('accepts site paths and http(s) URLs', () => {
    for (const value of ['/media/a.webp', 'https://example.org/a.png', 'http://example.org/a b'.replace(' ', '')]) {
      expect(isImageAddress(value), value).toBe(true);
    }
  });

  it('refuses addresses a browser reads as another site or another scheme', () => {
    for (const value of ['/\\evil.example/x.png', '//evil.example/x.png', '/\\/evil.example', 'javascript:alert(1)', 'data:image/png;base64,AA', '/a b', 'https://ok.example\\@evil.example/']) {
      expect(isImageAddress(value), value).toBe(false);
    }
    expect(imageAddressSchema.safeParse('/\\evil.example/x.png').success).toBe(false);
    expect(imageAddressSchema.safeParse('').success).toBe(true);
  });
});
