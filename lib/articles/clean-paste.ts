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
