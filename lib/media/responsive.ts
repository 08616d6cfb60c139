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
