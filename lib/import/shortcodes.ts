import { escapeHtml } from '@/lib/utils/escape-html';

// The WordPress shortcodes a news archive uses, turned into plain HTML. Anything else stays as
// the text it is ("[poll id=3]"), so nothing a writer typed disappears.

export type GalleryImage = { url: string; alt: string; caption: string };
export type ShortcodeContext = {
  /** Images of a [gallery]: by `ids`, or the post's attached images when no ids are given. */
  galleryImages: (ids: number[]) => GalleryImage[];
};

const ATTR = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g;

export function shortcodeAttributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of text.matchAll(ATTR)) out[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
  return out;
}

/** A link for an embedded URL: the site shows no third-party players, so readers follow the link. */
export function embedLink(url: string): string {
  const safe = escapeHtml(url.trim());
  return `<p><a href="${safe}">${safe}</a></p>`;
}

// [caption id=".." caption="old form"]<a><img></a> New-form caption text[/caption]
function caption(attrs: string, inner: string): string {
  const media = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(inner);
  const image = media?.[1] ?? '';
  const text = (media ? media[2]! : inner).trim() || shortcodeAttributes(attrs).caption || '';
  return `<figure>${image}${text ? `<figcaption>${text}</figcaption>` : ''}</figure>`;
}

function gallery(attrs: string, context: ShortcodeContext): string {
  const ids = (shortcodeAttributes(attrs).ids ?? '')
    .split(',')
    .map((id) => Number(id.trim()))
    .filter((id) => Number.isInteger(id) && id > 0);
  const images = context.galleryImages(ids);
  return images
    .map(
      (image) =>
        `<figure><img src="${escapeHtml(image.url)}" alt="${escapeHtml(image.alt)}">` +
        `${image.caption ? `<figcaption>${escapeHtml(image.caption)}</figcaption>` : ''}</figure>`,
    )
    .join('\n');
}

/** Replaces [caption], [gallery] and [embed]; leaves every other shortcode as text. */
export function replaceShortcodes(html: string, context: ShortcodeContext): string {
  return html
    .replace(/\[caption\b([^\]]*)\]([\s\S]*?)\[\/caption\]/gi, (_all, attrs: string, inner: string) => caption(attrs, inner))
    .replace(/\[gallery\b([^\]]*)\]/gi, (_all, attrs: string) => gallery(attrs, context))
    .replace(/\[embed\b[^\]]*\]([\s\S]*?)\[\/embed\]/gi, (_all, url: string) => embedLink(url));
}
