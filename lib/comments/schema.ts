import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { recordIdSchema } from '@/lib/db/record-id';
import { COMMENT_LIMITS } from './config';
import { characterCount, cleanBody, cleanName } from './text';

// No language here: each failure is a code (field + reason) that the route turns into a message.

const optionalId = z.preprocess(
  (value) => (value === '' || value === null || value === undefined ? undefined : value),
  recordIdSchema.optional(),
);

export const commentInputSchema = z.object({
  locale: z.enum(routing.locales),
  articleId: recordIdSchema,
  parentId: optionalId,
  name: z
    .string()
    .transform(cleanName)
    .pipe(z.string().min(1).refine((name) => characterCount(name) <= COMMENT_LIMITS.nameMax, 'too_long')),
  email: z.string().trim().toLowerCase().min(1).max(COMMENT_LIMITS.emailMax).pipe(z.email()),
  body: z
    .string()
    .transform(cleanBody)
    .pipe(z.string().min(1).refine((body) => characterCount(body) <= COMMENT_LIMITS.bodyMax, 'too_long')),
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{16,100}$/),
  formToken: z.string().max(200),
});

export type CommentInput = z.infer<typeof commentInputSchema>;
export type CommentField = 'name' | 'email' | 'body';
export type FieldError = 'required' | 'tooLong' | 'invalid';

/** Field → reason, for the fields a reader can fix; anything else is a tampered form. */
export function fieldErrorsOf(error: z.ZodError): { fields: Partial<Record<CommentField, FieldError>>; tampered: boolean } {
  const fields: Partial<Record<CommentField, FieldError>> = {};
  let tampered = false;
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (field !== 'name' && field !== 'email' && field !== 'body') {
      tampered = true;
      continue;
    }
    if (fields[field]) continue;
    if (issue.code === 'too_small' || (issue.code === 'invalid_type' && field !== 'email')) fields[field] = 'required';
    else if (issue.message === 'too_long' || issue.code === 'too_big') fields[field] = 'tooLong';
    else fields[field] = issue.code === 'invalid_type' ? 'required' : 'invalid';
  }
  return { fields, tampered };
}

export const moderationActionSchema = z.enum(['approve', 'reject', 'spam', 'delete']);
export type ModerationAction = z.infer<typeof moderationActionSchema>;

export const commentIdsSchema = z.array(recordIdSchema).min(1).max(500);
