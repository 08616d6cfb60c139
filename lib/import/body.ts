import { autop } from '@wordpress/autop';
import { sanitizeBody } from '@/lib/articles/sanitize';
import { embedLink, replaceShortcodes, type ShortcodeContext } from './shortcodes';

// A WordPress post body as the product's sanitized HTML. The order follows WordPress's own
// the_content filters: blocks, embeds, wpautop, shortcodes. Text is never retyped (no
// wptexturize), so Arabic comes through byte for byte.

export type BodyContext = ShortcodeContext & {
  /** The new address of an image the old site served, or null to keep the old address. */
  imageUrl: (oldUrl: string) => string | null;
};

const BLOCK_COMMENT = /<!--\s*\/?wp:[\s\S]*?-->/g;
// A URL alone on its line is an oEmbed in WordPress (YouTube, X, …).
const BARE_URL_LINE = /^[ \t]*(https?:\/\/[^\s<>"]+)[ \t]*$/gm;
const IMG_SRC = /(<img\b[^>]*?\bsrc\s*=\s*)(["'])(.*?)\2/gi;
// A link around an image to its full-size file in the uploads folder.
const IMAGE_HREF = /(<a\b[^>]*?\bhref\s*=\s*)(["'])([^"']*\.(?:jpe?g|png|gif|webp|avif))\2/gi;
const EMBED_FIGURE = /<figure\b[^>]*wp-block-embed[^>]*>[\s\S]*?(https?:\/\/[^\s<>"]+)[\s\S]*?<\/figure>/g;
// wpautop wraps a shortcode standing alone in a paragraph; WordPress's shortcode_unautop unwraps it.
const WRAPPED_SHORTCODE = /<p>\s*(\[(caption|gallery|embed)\b[\s\S]*?(?:\[\/\2\]|\]))\s*<\/p>/gi;

export const isBlockEditorBody = (raw: string) => /<!--\s*wp:/.test(raw);

/** Every image address in a body, to fetch from the uploads folder before converting. */
export function bodyImageUrls(raw: string): string[] {
  return [...raw.matchAll(IMG_SRC), ...raw.matchAll(IMAGE_HREF)].map((match) => match[3]!);
}

export function convertBody(raw: string, context: BodyContext): string {
  let html: string;
  if (isBlockEditorBody(raw)) {
    // Blocks already hold their HTML; the comments only carry editor settings.
    html = replaceShortcodes(raw.replace(BLOCK_COMMENT, ''), context)
      .replace(EMBED_FIGURE, (_figure, url: string) => embedLink(url))
      .replace(BARE_URL_LINE, (_line, url: string) => embedLink(url))
      .replace(/\n{3,}/g, '\n\n');
  } else {
    const embedded = raw.replace(BARE_URL_LINE, (_line, url: string) => embedLink(url));
    html = replaceShortcodes(autop(embedded).replace(WRAPPED_SHORTCODE, '$1'), context);
  }
  const move = (all: string, before: string, quote: string, url: string) => {
    const moved = context.imageUrl(url);
    return moved ? `${before}${quote}${moved}${quote}` : all;
  };
  // Paragraphs emptied by the sanitizer (a script or iframe alone in one) are dropped.
  return sanitizeBody(html.replace(IMG_SRC, move).replace(IMAGE_HREF, move))
    .replace(/<p>\s*<\/p>\n?/g, '')
    .trim();
}
