import { describe, expect, it } from 'vitest';
import { countLinks, decideStatus, findBlockedWord, matchingForm, parseBlockedWords, type StatusInput } from './rules';

const base: StatusInput = {
  body: 'مقال جيد، شكرا للكاتب',
  name: 'سلمى',
  blockedWords: [],
  autoApproveKnown: false,
  hasApprovedBefore: false,
  sourceBlocked: false,
};

describe('Arabic normalization of blocked words', () => {
  const words = parseBlockedWords('أحمق\nكَذّاب, إعلان مدفوع،casino');

  it('stores the list in matching form', () => {
    expect(words).toEqual(['احمق', 'كذاب', 'اعلان مدفوع', 'casino']);
  });

  it.each([
    ['hamza spelling swapped: احمق for أحمق', 'أنت احمق'],
    ['alef madda / wasla variants', 'يا آحمق ويا ٱحمق'],
    ['diacritics added', 'أَحْمَق'],
    ['tatweel stretched', 'كـــذاب'],
    ['shadda and fatha on the word', 'كَذَّاب'],
    ['a zero-width joiner inside', 'كذ\u200Dاب'],
    ['spaced-out letters', 'ك ذ ا ب'],
    ['phrase with hamza variant', 'هذا اعلان مدفوع'],
    ['Latin case', 'Best CASINO here'],
    ['Latin with dots', 'c.a.s.i.n.o'],
  ])('catches %s', (_label, text) => {
    expect(findBlockedWord([text], words)).not.toBeNull();
  });

  it('leaves clean text alone', () => {
    expect(findBlockedWord(['مقال ممتاز عن الانتخابات'], words)).toBeNull();
    expect(findBlockedWord(['anything'], [])).toBeNull();
  });

  it('folds ى/ي and ة/ه the same way on both sides', () => {
    expect(matchingForm('مدرسة على')).toBe(matchingForm('مدرسه علي'));
  });
});

describe('links', () => {
  it.each([
    ['no link here', 0],
    ['see https://example.com/a?b=1', 1],
    ['www.spam.ru and http://x.org', 2],
    ['bare domains cheap-pills.com and best.shop', 2],
    ['الموقع https://a.ma/ar و https://b.ma', 2],
  ])('%s → %i', (text, expected) => {
    expect(countLinks(text)).toBe(expected);
  });
});

describe('decideStatus', () => {
  it('is pending by default', () => {
    expect(decideStatus(base).status).toBe('pending');
  });

  it('approves a known author only when the site trusts known authors', () => {
    expect(decideStatus({ ...base, hasApprovedBefore: true }).status).toBe('pending');
    expect(decideStatus({ ...base, autoApproveKnown: true }).status).toBe('pending');
    expect(decideStatus({ ...base, autoApproveKnown: true, hasApprovedBefore: true }).status).toBe('approved');
  });

  it('holds two links or more for review, even from a known author', () => {
    const trusted = { ...base, autoApproveKnown: true, hasApprovedBefore: true };
    expect(decideStatus({ ...trusted, body: 'one https://a.com' }).status).toBe('approved');
    expect(decideStatus({ ...trusted, body: 'https://a.com https://b.com' })).toEqual({ status: 'pending', reason: 'links' });
  });

  it('marks a blocked word in the text or the name as spam', () => {
    const blockedWords = parseBlockedWords('أحمق');
    expect(decideStatus({ ...base, blockedWords, body: 'انت احمق' }).status).toBe('spam');
    expect(decideStatus({ ...base, blockedWords, name: 'الأَحمق' }).status).toBe('spam');
  });

  it('marks a blocked e-mail or network as spam, even for a trusted author', () => {
    expect(decideStatus({ ...base, autoApproveKnown: true, hasApprovedBefore: true, sourceBlocked: true })).toEqual({
      status: 'spam',
      reason: 'blocked-source',
    });
  });
});
