import { describe, expect, it } from 'vitest';
import { parseQuery } from './query';
import { scoreCandidates } from './score';

const terms = (title: string, text: string) => ({ titleTerms: title, textTerms: text });

describe('scoring candidates from their stored terms', () => {
  it('weighs a title occurrence above a body one, and more occurrences above fewer', () => {
    const query = parseQuery('برلمان', 'ar');
    const [stem] = query.required[0]!.kind === 'word' ? query.required[0]!.stems : [];
    const [inTitle, inBodyTwice, inBodyOnce, absent] = scoreCandidates(query, [
      terms(`${stem} جديد`, 'نص اول ثاني'),
      terms('خبر جديد', `${stem} نص ${stem} ثاني`),
      terms('خبر جديد', `${stem} نص اول ثاني`),
      terms('خبر جديد', 'نص اول ثاني ثالث'),
    ]);
    expect(inTitle).toBeGreaterThan(inBodyTwice!);
    expect(inBodyTwice).toBeGreaterThan(inBodyOnce!);
    expect(inBodyOnce).toBeGreaterThan(0);
    expect(absent).toBe(0);
  });

  it('counts a phrase only where its terms follow each other, and whole terms only', () => {
    const query = parseQuery('"alpha beta"', 'en');
    const [together, apart, inside] = scoreCandidates(query, [
      terms('x', 'alpha beta gamma'),
      terms('x', 'beta gamma alpha'),
      terms('x', 'xalpha betax betaalpha'),
    ]);
    expect(together).toBeGreaterThan(0);
    expect(apart).toBe(0);
    expect(inside).toBe(0);
  });
});
