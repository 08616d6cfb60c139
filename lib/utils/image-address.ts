import { z } from 'zod';

// An image address an editor may type: an absolute http(s) URL or a path on this site (uploads
// live under /media/). Browsers read `//host` and `/\host` alike as another site, so a "path"
// starting with either is refused; so are spaces and control characters, which browsers strip.
const IMAGE_ADDRESS = /^(?:https?:\/\/[^\s\\]+|\/(?![/\\])[^\s\\]*)$/i;

export const isImageAddress = (value: string): boolean => IMAGE_ADDRESS.test(value);

/** An optional image address ('' for none). */
export const imageAddressSchema = z
  .string()
  .trim()
  .max(500)
  .refine((value) => value === '' || isImageAddress(value), { message: 'url' });
