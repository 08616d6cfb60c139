// Pasted Word and web HTML carries styles, classes, conditional comments and Office tags that
// would fight the site's typography. The editor's schema drops unknown nodes; this strips the
// rest before it parses, and the server sanitizes again on save.

const DROP_BLOCKS = /<(style|script|xml|title|head)\b[\s\S]*?<\/\1\s*>/gi;
const DROP_TAGS = /<\/?(meta|link|style|script|xml)\b[^>]*>/gi;
const COMMENTS = /<!--[\s\S]*?-->|<!\[if[\s\S]*?<!\[endif\]>/gi;
const OFFICE_TAGS = /<\/?(o|w|m|v|st1):[^>]*>/gi;
const NOISY_ATTRIBUTES = /\s(style|class|id|lang|align|face|size|color|width|height|on[a-z]+|data-[\w-]+|xmlns(:\w+)?)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;
const FONT_TAGS = /<\/?(font|span)\b[^>]*>/gi;

export function cleanPastedHtml(html: string): string {
  return html
    .replace(COMMENTS, '')
    .replace(DROP_BLOCKS, '')
    .replace(DROP_TAGS, '')
    .replace(OFFICE_TAGS, '')
    .replace(FONT_TAGS, '')
    .replace(NOISY_ATTRIBUTES, '')
    .replace(/&nbsp;/g, ' ');
}

// Pictures must come from the media library (re-encoded, sized, with an alt text): one pasted
// from another site would be hotlinked with an empty alt. They are taken out of the paste, and
// the editor says how many were left out.
const IMAGES = /<img\b[^>]*>/gi;
const LIBRARY_SOURCE = /\ssrc\s*=\s*["']?\/media\//i;

export function dropExternalImages(html: string): { html: string; dropped: number } {
  let dropped = 0;
  const kept = html.replace(IMAGES, (tag) => {
    if (LIBRARY_SOURCE.test(tag)) return tag;
    dropped += 1;
    return '';
  });
  return { html: kept, dropped };
}

// Blank lines typed to space the text out, saved as paragraphs with nothing in them.
const EMPTY_PARAGRAPH = /<p\b[^>]*>(?:\s|&nbsp;|\u00a0|<br\s*\/?>)*<\/p>/gi;

export function dropEmptyParagraphs(html: string): string {
  return html.replace(EMPTY_PARAGRAPH, '').trim();
}
