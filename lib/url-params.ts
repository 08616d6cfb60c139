import { z } from 'zod';
import { decodeOrNull } from '@/lib/utils/percent-decode';

// What a URL carries into every page and route: slugs and page numbers, checked and decoded.
// No language here: pages and actions translate.

/** A slug as it arrives in a URL segment: decoded, bounded, letters, digits and hyphens only. */
export const slugParam = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u);

/** `?page=` : absent means 1; anything but a plain positive integer is refused. */
const pageParam = z
  .union([z.undefined(), z.string().regex(/^[1-9]\d{0,5}$/)])
  .transform((value) => (value === undefined ? 1 : Number(value)));

/**
 * Decodes a route segment that may still be percent-encoded. Returns null for malformed
 * escapes (a wrong byte in an Arabic slug) or anything that is not a valid slug.
 */
export function parseSlug(raw: string): string | null {
  const value = /%[0-9a-f]{2}/i.test(raw) ? decodeOrNull(raw) : raw;
  if (value === null) return null;
  const parsed = slugParam.safeParse(value.normalize('NFC').toLowerCase());
  return parsed.success ? parsed.data : null;
}

export function parsePage(raw: string | string[] | undefined): number | null {
  const parsed = pageParam.safeParse(Array.isArray(raw) ? raw[0] : raw);
  return parsed.success ? parsed.data : null;
}

/**
 * The page number of a listing URL's optional last segment (`/section/x` is page 1,
 * `/section/x/2` page 2). Pages live in the path, not the query, so each one is cached whole.
 */
export function parsePageSegment(segments: string[] | undefined): number | null {
  if (!segments || segments.length === 0) return 1;
  if (segments.length !== 1) return null;
  return parsePage(segments[0]);
}
