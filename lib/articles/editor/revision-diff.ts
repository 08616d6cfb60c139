import { diffWords } from 'diff';
import { bodyToText } from '@/lib/articles/sanitize';

// A readable comparison of two versions: words added and removed in title, dek and body text.

export type DiffPart = { text: string; change: 'same' | 'added' | 'removed' };
type VersionText = { title: string; dek: string; body: string };

// jsdiff's own word rule knows only Latin letters and would split Arabic into single letters;
// the Unicode word segmenter splits every script into words.
const segmenter = new Intl.Segmenter('ar', { granularity: 'word' });

function parts(before: string, after: string): DiffPart[] {
  return diffWords(before, after, { intlSegmenter: segmenter }).map((part) => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}

export function compareVersions(older: VersionText, newer: VersionText) {
  return {
    title: parts(older.title, newer.title),
    dek: parts(older.dek, newer.dek),
    body: parts(bodyToText(older.body), bodyToText(newer.body)),
  };
}
