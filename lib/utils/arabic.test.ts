import { describe, expect, it } from 'vitest';
import { normalizeArabic, slugify, stripBidiControls } from './arabic';

describe('normalizeArabic', () => {
  it('folds alef forms, ta marbuta, alef maqsura and diacritics', () => {
    expect(normalizeArabic('أَحْمَد إسلام آمال')).toBe('احمد اسلام امال');
    expect(normalizeArabic('مدرسة مستشفى')).toBe('مدرسه مستشفي');
    expect(normalizeArabic('كـــتاب')).toBe('كتاب');
  });

  it('turns Arabic-Indic digits into Latin and lowercases Latin', () => {
    expect(normalizeArabic('٢٠٢٣ FBI')).toBe('2023 fbi');
  });
});

describe('slugify', () => {
  it('keeps Arabic letters and joins words with hyphens', () => {
    expect(slugify('على هامش استقبال عبد اللطيف الحموشي لمدير FBI')).toBe(
      'على-هامش-استقبال-عبد-اللطيف-الحموشي-لمدير-fbi',
    );
  });

  it('drops punctuation, diacritics and bidi controls', () => {
    expect(slugify('\u202Eمَرْحَبًا، يا عالم!')).toBe('مرحبا-يا-عالم');
  });

  it('never ends with a hyphen after cutting', () => {
    expect(slugify('abc def ghi', 4)).toBe('abc');
  });
});

describe('stripBidiControls', () => {
  it('removes overrides and isolates', () => {
    expect(stripBidiControls('a\u202Eb\u2066c\u200F')).toBe('abc');
  });
});

describe('normalizeArabic: variants from other scripts and invisible characters', () => {
  it('folds Persian/Urdu letters and Persian digits', () => {
    expect(normalizeArabic('کتاب یک ۱۴۰۲ مدرسۀ')).toBe('كتاب يك 1402 مدرسه');
  });

  it('turns presentation forms into letters and drops zero-width and bidi characters', () => {
    expect(normalizeArabic('\uFEB3\uFEFC\uFEE1')).toBe('سلام');
    expect(normalizeArabic('حمو\u200Cشي\u200F\u202B')).toBe('حموشي');
  });

  it('folds Latin accents', () => {
    expect(normalizeArabic('Élection Présidentielle à Genève')).toBe('election presidentielle a geneve');
  });
});
