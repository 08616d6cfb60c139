import { describe, expect, it } from 'vitest';
import { arabicStem, queryStems, searchDocument, searchTerms } from './normalize';

describe('arabicStem', () => {
  it.each([
    ['الحموشي', 'حموشي'],
    ['والاستقرار', 'الاستقرار'],
    ['بالامن', 'امن'],
    ['للامن', 'الامن'],
    ['كالعاده', 'عاده'],
    ['فالمنتخب', 'منتخب'],
    ['لمدير', 'مدير'],
  ])('%s and %s share a stem', (a, b) => {
    expect(arabicStem(a)).toBe(arabicStem(b));
  });

  it('never cuts a word below two letters after the article, three otherwise', () => {
    const short = ['الم', 'بيت', 'ولد'];
    expect(short.map((word) => arabicStem(word))).toEqual(short);
  });

  it('leaves Latin and digits alone', () => {
    const latin = ['fbi', '2023'];
    expect(latin.map((word) => arabicStem(word))).toEqual(latin);
  });
});

describe('queryStems', () => {
  it('finds a word whose first letter could be a glued ل, with or without the article', () => {
    expect(queryStems('لاعبين', 'ar')).toContain(arabicStem('اللاعبون'));
    expect(queryStems('اللاعبون', 'ar')).toContain(arabicStem('لاعبين'));
  });

  it('adds the reading that keeps a leading و, so «وزير» finds «الوزير» too', () => {
    expect(queryStems('وزير', 'ar')).toEqual(expect.arrayContaining([arabicStem('وزير'), arabicStem('الوزير')]));
    expect(queryStems('الوزير', 'ar')).toEqual(expect.arrayContaining([arabicStem('وزير'), arabicStem('الوزير')]));
  });
});

describe('searchTerms', () => {
  it('folds every variant class to the same terms', () => {
    const plain = searchDocument('الحموشي مدير 2023', 'ar');
    expect(searchDocument('الحَمُّوشِي لمدير ٢٠٢٣', 'ar')).toBe(plain);
    expect(searchDocument('ﺍﻟﺤﻤﻮﺷﻲ مدير ۲۰۲۳', 'ar')).toBe(plain);
    expect(searchDocument('\u202Bالحمو\u200Cشي\u202C ل\u0640مدير 2023', 'ar')).toBe(plain);
  });

  it('stems French and English by edition, accents folded', () => {
    expect(searchTerms('Élections présidentielles', 'fr')).toEqual(searchTerms('election presidentielle', 'fr'));
    expect(searchTerms('floods', 'en')).toEqual(searchTerms('flooding', 'en'));
    expect(searchTerms('floods', 'ar')).toEqual(['floods']);
  });
});

describe('sanitizedHtmlToText', () => {
  it('gives the text bodyToText gives for a sanitized body', async () => {
    const { bodyToText, sanitizeBody } = await import('@/lib/articles/sanitize');
    const { sanitizedHtmlToText } = await import('./plain-text');
    const html = sanitizeBody('<h2>عنوان &amp; فرعي</h2><p>نص <strong>عريض</strong> و<a href="https://x.test">رابط</a> &lt;FBI&gt;</p><ul><li>أ</li><li>ب</li></ul>');
    expect(sanitizedHtmlToText(html)).toBe(bodyToText(html));
  });
});
