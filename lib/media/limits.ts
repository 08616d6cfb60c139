import path from 'node:path';
import { readEnvVar } from '@/env';
import type { ImageFormat } from './detect';

// Upload limits. The pixel cap stops decompression bombs: a small file whose header claims a
// huge canvas would otherwise be decoded into gigabytes of memory.
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_PIXELS = 50_000_000;
export const MAX_SIDE = 12_000;

/** Widths of the responsive copies; only those narrower than the original are made. */
export const VARIANT_WIDTHS = [320, 640, 1024, 1600] as const;

/** The copies' formats: AVIF for browsers that take it (a third smaller than WebP), WebP for the rest. */
export const COPY_FORMATS = ['avif', 'webp'] as const;
export type CopyFormat = (typeof COPY_FORMATS)[number];

/**
 * The widths an upload of `width` has copies at in `format`: every listed width narrower than
 * it, and for AVIF its own width too unless it is an AVIF already (the WebP list ends with the
 * original itself, which every browser reads).
 */
export function copyWidths(width: number, format: CopyFormat, original: ImageFormat): number[] {
  const narrower = VARIANT_WIDTHS.filter((copy) => copy < width);
  return format === 'avif' && original !== 'avif' && narrower.length ? [...narrower, width] : narrower;
}

/** Where uploads live: MEDIA_DIR, or data/media beside the database by default. */
export function mediaDir(): string {
  // Chosen at run time (uploads, not build assets): nothing for the build's file tracer to follow.
  return path.resolve(/* turbopackIgnore: true */ readEnvVar('MEDIA_DIR') || path.join(/* turbopackIgnore: true */ process.cwd(), 'data', 'media'));
}

/** Generated names only: 24 hex characters, an optional width, a known extension. */
export const MEDIA_NAME = /^[a-f0-9]{24}(?:-\d{2,5})?\.(?:jpg|png|webp|avif)$/;
