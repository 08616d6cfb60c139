import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

const catalogues = { ar, fr, en };

// Counts that are not a number of things a noun must agree with: page numbers, and a
// capped total ("more than 1,000 results"), and the import report's client-side note.
const NOT_NOUN_COUNTS = new Set(['Listing.pageOf', 'CommentsPanel.pageOf', 'Search.countCapped', 'Import.notesLeftOut']);

function messagesWithBareCount(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value) return messagesWithBareCount(value, path);
    return typeof value === 'string' && /\{count\}/.test(value) && !NOT_NOUN_COUNTS.has(path) ? [path] : [];
  });
}

describe('counted nouns', () => {
  it.each(Object.entries(catalogues))('%s: every counted noun goes through an ICU plural', (_, messages) => {
    expect(messagesWithBareCount(messages)).toEqual([]);
  });

  it('agrees in Arabic: 1, 2, 7, 50 and 100 articles', () => {
    const t = createTranslator({ locale: 'ar', messages: ar, namespace: 'Taxonomy' });
    expect([1, 2, 7, 50, 100].map((count) => t('articles', { count }))).toEqual([
      'مقال واحد', 'مقالان', '7 مقالات', '50 مقالا', '100 مقال',
    ]);
  });

  it('agrees in French and English', () => {
    expect(createTranslator({ locale: 'fr', messages: fr, namespace: 'AdminArticles' })('count', { count: 1 })).toBe('1 article');
    expect(createTranslator({ locale: 'en', messages: en, namespace: 'AdminArticles' })('count', { count: 7 })).toBe('7 articles');
  });
});
