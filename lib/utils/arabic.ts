// Arabic-aware text helpers shared by slugs, search and comment rules.

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// Zero-width space/joiners, word joiner, byte-order mark and soft hyphen: invisible, and they
// split or glue words differently from what the reader sees.
const INVISIBLES = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// Any remaining combining mark once NFD has split accents off letters (é → e + ◌́, أ → ا + ◌ٔ).
const MARKS = /\p{M}/gu;
// Persian and Urdu letters that stand for the Arabic ones readers expect.
const LETTER_FOLDS: Record<string, string> = {
  ک: 'ك', ڪ: 'ك', ی: 'ي', ے: 'ي', ى: 'ي', ئ: 'ي', ؤ: 'و',
  ة: 'ه', ۀ: 'ه', ۃ: 'ه', ە: 'ه', ھ: 'ه', ہ: 'ه',
  ٱ: 'ا', أ: 'ا', إ: 'ا', آ: 'ا',
};
const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/**
 * Folds the spellings readers mix up into one form: presentation forms (NFKC), Persian/Urdu letter
 * variants, hamza-carrying alefs to ا, ى/ی to ي, ة/ۀ to ه, ؤ/ئ to و/ي, Arabic-Indic and Persian
 * digits to Latin; strips diacritics, tatweel, Latin accents, zero-width and bidi characters;
 * lowercases. Used for search (lib/search/normalize.ts builds on it) and blocked words.
 */
export function normalizeArabic(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLES, '')
    .replace(BIDI_CONTROLS, '')
    .replace(DIACRITICS, '')
    .replace(TATWEEL, '')
    .normalize('NFD')
    .replace(MARKS, '')
    .normalize('NFC')
    .replace(FOLDABLE, (letter) => LETTER_FOLDS[letter] ?? letter)
    .replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[۰-۹]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .toLowerCase();
}

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * A URL slug that keeps Arabic letters (readers and search engines both read them), drops
 * diacritics and punctuation, and joins words with hyphens.
 */
export function slugify(text: string, maxLength = 80): string {
  const slug = stripBidiControls(text)
    .normalize('NFKC')
    .replace(DIACRITICS, '')
    .replace(TATWEEL, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}
