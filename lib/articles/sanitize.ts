import sanitizeHtml from 'sanitize-html';
import { escapeHtml } from '@/lib/utils/escape-html';

// The allowlist for article bodies. Applied when a body is saved and again when it is rendered,
// so an old row written before a rule change still renders safely.

export const ALLOWED_TAGS: readonly string[] = [
  'p', 'h2', 'h3', 'h4', 'blockquote', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'u', 's', 'a', 'br',
  'figure', 'figcaption', 'img', 'hr', 'code', 'pre', 'sub', 'sup', 'bdi', 'span', 'table', 'thead', 'tbody',
  'tr', 'th', 'td',
];

/** Attributes allowed per tag; '*' applies to every allowed tag. */
export const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title', 'rel', 'target'],
  img: ['src', 'alt', 'width', 'height', 'loading'],
  '*': ['dir', 'lang'],
  th: ['colspan', 'rowspan', 'dir', 'lang'],
  td: ['colspan', 'rowspan', 'dir', 'lang'],
};

const ALLOWED_SCHEMES: readonly string[] = ['http', 'https', 'mailto'];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...ALLOWED_TAGS],
  allowedAttributes: Object.fromEntries(Object.entries(ALLOWED_ATTRIBUTES).map(([tag, names]) => [tag, [...names]])),
  allowedSchemes: [...ALLOWED_SCHEMES],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  disallowedTagsMode: 'discard',
  transformTags: {
    // Links leaving the site open safely and carry no referrer-based trust.
    a: (tagName, attribs) => {
      const out = withSafeUrl(attribs, 'href', ALLOWED_SCHEMES);
      if (out.target === '_blank') out.rel = 'noopener noreferrer';
      else delete out.target;
      return { tagName, attribs: out };
    },
    img: (tagName, attribs) => ({ tagName, attribs: withSafeUrl(attribs, 'src', ['http', 'https']) }),
    // A block takes the edition's direction unless it is set to the other one. Bodies saved when
    // every block guessed its direction (`dir="auto"`: an Arabic paragraph that starts with "FBI"
    // laid out left to right) lose the guess here, on their next render.
    '*': (tagName, attribs) => {
      const { dir, ...rest } = attribs;
      const set = dir?.trim().toLowerCase();
      return { tagName, attribs: set === 'rtl' || set === 'ltr' ? { ...rest, dir: set } : rest };
    },
  },
};

// Characters a reader cannot see: a scheme hidden behind them ("\u00a0javascript:", "java\u200bscript:")
// is judged as if they were not there, more strictly than sanitize-html's own scheme test.
const INVISIBLE = /[\s\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff]/g;

function withSafeUrl(attribs: Record<string, string>, name: string, schemes: readonly string[]): Record<string, string> {
  const out: Record<string, string> = { ...attribs };
  const value = out[name];
  if (value === undefined) return out;
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(value.normalize('NFKC').replace(INVISIBLE, '').toLowerCase())?.[1];
  if (scheme !== undefined && !schemes.includes(scheme)) delete out[name];
  return out;
}

// A few rounds at most: removing a disallowed tag can leave markup that the parser reads
// differently on a second pass (a <p> inside a <p>), so the result is taken once it stops changing.
const MAX_ROUNDS = 4;

/** Sanitizes body HTML; the result is a fixed point, so sanitizing it again changes nothing. */
export function sanitizeBody(html: string): string {
  let current = sanitizeHtml(html, OPTIONS);
  for (let round = 1; round < MAX_ROUNDS; round += 1) {
    const next = sanitizeHtml(current, OPTIONS);
    if (next === current) return current;
    current = next;
  }
  return current;
}

/** Body text without markup, for search and descriptions. */
export function bodyToText(html: string): string {
  return sanitizeHtml(html.replace(/<\/(p|h[2-4]|li|blockquote)>/gi, '$&\n'), { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Plain paragraphs (one per array item) as body HTML. */
export function paragraphsToHtml(paragraphs: readonly string[]): string {
  return paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n');
}
