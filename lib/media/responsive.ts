import { VARIANT_WIDTHS } from './limits';

// The narrower copies an upload already has (lib/media/process.ts makes them once, at upload),
// named after it: /media/<base>.<ext> has /media/<base>-<width>.webp for every listed width
// smaller than its own. Knowing the picture's width is enough to list them, so no read of the
// Media table is needed when a page renders. Pictures from elsewhere (the demo's SVGs, an
// external address) have no copies and get none.
const UPLOAD_URL = /^\/media\/([a-f0-9]{24})\.(?:jpg|png|webp|avif)$/;

/** A `srcset` of the upload's WebP copies and the original, or undefined when there are none. */
export function uploadSrcSet(url: string, width: number | null): string | undefined {
  const base = UPLOAD_URL.exec(url)?.[1];
  if (!base || !width) return undefined;
  const copies = VARIANT_WIDTHS.filter((copy) => copy < width).map((copy) => `/media/${base}-${copy}.webp ${copy}w`);
  return copies.length ? [...copies, `${url} ${width}w`].join(', ') : undefined;
}

// How wide a picture inside an article body is drawn: the body's measure (globals.css,
// .article-body: at most 34em of 18 px text), or the screen less the page's margins.
const BODY_SIZES = '(min-width: 40rem) 612px, 100vw';
const BODY_IMG = /<img\b[^>]*>/g;

/**
 * Body HTML, already sanitized (so every attribute is double-quoted and none is a `srcset`), with
 * a `srcset` of the WebP copies and `sizes` on each uploaded picture of known width, so a phone
 * downloads a copy its width instead of the original. Added on render, never stored.
 */
export function withBodySrcSets(html: string): string {
  return html.replace(BODY_IMG, (img) => {
    const url = /\ssrc="([^"]*)"/.exec(img)?.[1];
    const width = /\swidth="(\d+)"/.exec(img)?.[1];
    const srcSet = url && width ? uploadSrcSet(url, Number(width)) : undefined;
    return srcSet ? img.replace('<img', `<img srcset="${srcSet}" sizes="${BODY_SIZES}"`) : img;
  });
}
