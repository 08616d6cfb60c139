import { describe, expect, it } from 'vitest';
import { searchTerms } from './normalize';
import { parseQuery, toFts5Match, toTsQuery } from './query';

describe('parseQuery', () => {
  it('reads words, quoted phrases and exclusions', () => {
    const query = parseQuery('الحموشي "مكتب التحقيقات" -السلة -"كرة القدم"', 'ar');
    expect(query.required).toEqual([
      { kind: 'word', stems: ['حموش'] },
      { kind: 'phrase', terms: ['مكتب', 'تحقيق'] },
    ]);
    expect(query.excluded).toEqual([searchTerms('السلة', 'ar'), searchTerms('كرة القدم', 'ar')]);
  });

  it('treats an unpaired quote as text and drops boolean operator words', () => {
    expect(parseQuery('"الحموشي FBI', 'ar').required).toEqual([
      { kind: 'word', stems: ['حموش'] },
      { kind: 'word', stems: ['fbi'] },
    ]);
    expect(parseQuery('a OR b AND NOT c', 'en').required).toHaveLength(3);
  });

  it('has nothing to search in punctuation, diacritics or exclusions alone', () => {
    for (const text of ['', '   ', '"', '*', '()', 'ًٌٍ', '-x -y', '^:']) expect(parseQuery(text, 'ar').required).toEqual([]);
  });
});

describe('engine expressions', () => {
  it('quotes every term for FTS5 and groups a word’s readings', () => {
    expect(toFts5Match(parseQuery('وزير -x', 'ar'))).toBe('(("زير" OR "وزير")) NOT "x"');
    expect(toFts5Match(parseQuery('-x', 'ar'))).toBeNull();
  });

  it('passes every text to websearch_to_tsquery as a parameter', () => {
    const built = toTsQuery(parseQuery('"a b" c -d', 'en'), 'cfg', 2)!;
    expect(built.sql).toBe(
      '((websearch_to_tsquery(cfg, $2) && (websearch_to_tsquery(cfg, $3))) && !!websearch_to_tsquery(cfg, $4))',
    );
    expect(built.params).toEqual(['"a b"', '"c"', '"d"']);
  });
});
