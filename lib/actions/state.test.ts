import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrorsOf } from './state';

describe('fieldErrorsOf', () => {
  it('names each field by its first issue: empty is required, too long is tooLong, anything else invalid', () => {
    const schema = z.object({ title: z.string().min(1), dek: z.string().max(3), email: z.email().max(5), sectionId: z.coerce.number().int() });
    const parsed = schema.safeParse({ title: '', dek: 'four', email: 'not an address', sectionId: 'x' });
    expect(parsed.success).toBe(false);
    expect(fieldErrorsOf(parsed.error!, (key) => `errors.${key}`)).toEqual({
      title: 'errors.required',
      dek: 'errors.tooLong',
      email: 'errors.invalid',
      sectionId: 'errors.invalid',
    });
  });
});
