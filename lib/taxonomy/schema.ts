import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { recordIdSchema } from '@/lib/db/record-id';
import { imageAddressSchema } from '@/lib/utils/image-address';

// Inputs of the sections, tags and authors forms. An empty slug is made from the name.

const slug = z
  .string()
  .trim()
  .toLowerCase()
  .max(80)
  .regex(/^(?:[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)?$/u)
  .default('');
const name = z.string().trim().min(1).max(100);

export const sectionInput = z.object({
  name,
  slug,
  description: z.string().trim().max(300).default(''),
  locale: z.enum(routing.locales),
  position: z.coerce.number().int().min(0).max(999).default(0),
});

export const tagInput = z.object({ name, slug });

export const authorInput = z.object({
  name,
  slug,
  bio: z.string().trim().max(1000).default(''),
  photoUrl: imageAddressSchema.default(''),
  userId: z.union([z.literal(''), recordIdSchema]).default(''),
});
