import { stripBidiControls } from '@/lib/utils/arabic';

// Readers' text is stored as typed: only what can never be meant is taken out.

// C0/C1 controls other than tab and line feed, and U+FEFF, would break display or storage.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/g;

/** Characters, as a reader counts them: an emoji is one, not two UTF-16 units. */
export function characterCount(text: string): number {
  return [...text].length;
}

/** Names are shown beside other text: bidi controls could reorder it, so they go. */
export function cleanName(raw: string): string {
  return stripBidiControls(raw.replace(CONTROL, '')).replace(/\s+/g, ' ').trim();
}

/** Line breaks are kept (CRLF folded to LF); the text is otherwise stored exactly. */
export function cleanBody(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
}
