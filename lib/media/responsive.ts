import { EXTENSION, type ImageFormat } from './detect';
import { copyWidths } from './limits';

// The copies an upload has (lib/media/process.ts makes them at upload, lib/media/copies.ts on the
// first request for uploads older than a kind of copy), named after it: /media/<base>.<ext> has
// /media/<base>-<width>.avif and .webp at the widths copyWidths() lists. Knowing the picture's
// width is enough to list them, so no read of the Media table is needed when a page renders.
// Pictures from elsewhere (the demo's SVGs, an external address) have no copies and get none.
const UPLOAD_URL = /^\/media\/([a-f0-9]{24})\.([a-z]+)$/;

/** The upload an address of this site names (`/media/<base>.<ext>`), or undefined for any other picture. */
export function uploadAt(url: string): { base: string; format: ImageFormat; fileName: string } | undefined {
  const [, base, extension] = UPLOAD_URL.exec(url) ?? [];
  const format = (Object.keys(EXTENSION) as ImageFormat[]).find((candidate) => EXTENSION[candidate] === extension);
  return base && format ? { base, format, fileName: `${base}.${extension}` } : undefined;
}

export type UploadSrcSets = { avif: string; webp: string };

/** `srcset`s of the upload's AVIF copies and of its WebP copies then the original, or undefined when it has none. */
export function uploadSrcSets(url: string, width: number | null): UploadSrcSets | undefined {
  const upload = uploadAt(url);
  if (!upload || !width) return undefined;
  const { base, format: original } = upload;
  const list = (format: 'avif' | 'webp') => copyWidths(width, format, original).map((copy) => `/media/${base}-${copy}.${format} ${copy}w`);
  const webp = list('webp');
  if (!webp.length) return undefined;
  const avif = list('avif');
  if (original === 'avif') avif.push(`${url} ${width}w`);
  return { avif: avif.join(', '), webp: [...webp, `${url} ${width}w`].join(', ') };
}

// How wide a picture inside an article body is drawn: the body's measure (globals.css,
// .article-body: at most 34em of 18 px text), or the screen less the page's margins.
const BODY_SIZES = '(min-width: 40rem) 612px, 100vw';
const BODY_IMG = /<img\b[^>]*>/g;

/**
 * Body HTML, already sanitized (so every attribute is double-quoted and none is a `srcset`), with
 * each uploaded picture of known width in a `<picture>` offering its AVIF copies, and a `srcset`
 * of its WebP copies and `sizes` on the picture itself, so a phone downloads a copy its width in
 * the lightest format it reads instead of the original. Added on render, never stored.
 */
export function withBodySrcSets(html: string): string {
  return html.replace(BODY_IMG, (img) => {
    const url = /\ssrc="([^"]*)"/.exec(img)?.[1];
    const width = /\swidth="(\d+)"/.exec(img)?.[1];
    const srcSets = url && width ? uploadSrcSets(url, Number(width)) : undefined;
    if (!srcSets) return img;
    const sized = img.replace('<img', `<img srcset="${srcSets.webp}" sizes="${BODY_SIZES}"`);
    return `<picture><source type="image/avif" srcset="${srcSets.avif}" sizes="${BODY_SIZES}" />${sized}</picture>`;
  });
}
