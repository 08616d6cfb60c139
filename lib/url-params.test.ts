import { describe, expect, it } from 'vitest';
import { parsePage, parsePageSegment, parseSlug } from './url-params';

describe('parseSlug', () => {
  it('accepts Arabic, Latin and digits joined by hyphens', () => {
    expect(parseSlug('على-هامش-fbi-2023')).toBe('على-هامش-fbi-2023');
  });

  it('decodes a percent-encoded Arabic slug', () => {
    expect(parseSlug(encodeURIComponent('على-هامش'))).toBe('على-هامش');
  });

  it('lowercases so upper-case Latin does not make a second URL', () => {
    expect(parseSlug('Hello-World')).toBe('hello-world');
  });

  it('refuses a malformed escape, punctuation and over-long input', () => {
    expect(parseSlug('%D8%B9%D9')).toBeNull();
    expect(parseSlug('%E0%A4%A')).toBeNull();
    expect(parseSlug('a/b')).toBeNull();
    expect(parseSlug('<script>')).toBeNull();
    expect(parseSlug('a'.repeat(101))).toBeNull();
    expect(parseSlug('')).toBeNull();
    expect(parseSlug('-a')).toBeNull();
  });
});

describe('parsePage', () => {
  it('defaults to 1 and accepts positive integers', () => {
    expect(parsePage(undefined)).toBe(1);
    expect(parsePage('3')).toBe(3);
    expect(parsePage(['2', '5'])).toBe(2);
  });

  it('refuses -1, 0, abc, decimals and huge numbers', () => {
    for (const bad of ['-1', '0', 'abc', '1.5', '01', '9999999', '']) expect(parsePage(bad)).toBeNull();
  });
});

describe('parsePageSegment', () => {
  it('reads no segment as page 1 and one numeric segment as its page', () => {
    expect(parsePageSegment(undefined)).toBe(1);
    expect(parsePageSegment([])).toBe(1);
    expect(parsePageSegment(['4'])).toBe(4);
  });

  it('refuses extra segments and non-numbers', () => {
    expect(parsePageSegment(['2', '3'])).toBeNull();
    expect(parsePageSegment(['abc'])).toBeNull();
    expect(parsePageSegment(['-1'])).toBeNull();
  });
});
