import { z } from 'zod';
import { MAX_RECORD_ID, recordIdSchema } from '@/lib/db/record-id';
import { imageAddressSchema } from '@/lib/utils/image-address';
import { ARTICLE_KINDS } from '@/lib/articles/types';
import { ARTICLE_STATUSES } from '@/lib/articles/status';

// What the article editor sends. No language here: actions map issue codes to messages.

const trimmed = (max: number) => z.string().trim().max(max);
const optionalSlug = z
  .string()
  .trim()
  .toLowerCase()
  .max(100)
  .regex(/^(?:[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)?$/u);

/** A comma- or newline-separated list of positive ids (authors). */
const idList = z
  .string()
  .default('')
  .transform((raw) => [...new Set(raw.split(/[\s,]+/).filter(Boolean).map(Number))])
  .pipe(z.array(z.number().int().positive().max(MAX_RECORD_ID)).max(10));

/** Free tag names, separated by commas (Arabic or Latin). */
const tagNames = z
  .string()
  .default('')
  .transform((raw) => [...new Set(raw.split(/[,،\n]+/).map((name) => name.trim()).filter(Boolean))])
  .pipe(z.array(z.string().max(60)).max(20));


export const articleInput = z.object({
  title: trimmed(200).min(1),
  slug: optionalSlug.default(''),
  dek: trimmed(500).default(''),
  body: z.string().max(500_000).default(''),
  sectionId: recordIdSchema,
  kind: z.enum(ARTICLE_KINDS).default('news'),
  authorIds: idList,
  tags: tagNames,
  imageUrl: imageAddressSchema.default(''),
  imageWidth: z.union([z.literal(''), z.coerce.number().int().min(1).max(20_000)]).default(''),
  imageHeight: z.union([z.literal(''), z.coerce.number().int().min(1).max(20_000)]).default(''),
  imageAlt: trimmed(300).default(''),
  imageCaption: trimmed(500).default(''),
  seoTitle: trimmed(200).default(''),
  seoDescription: trimmed(400).default(''),
});
export type ArticleInput = z.infer<typeof articleInput>;

export const articleFilters = z.object({
  status: z.enum(ARTICLE_STATUSES).optional().catch(undefined),
  section: z.coerce.number().int().positive().optional().catch(undefined),
  author: z.coerce.number().int().positive().optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type ArticleFilters = z.infer<typeof articleFilters>;
