import { z } from 'zod';

// Row ids are 32-bit integers on both databases (Prisma `Int`). A larger number names no row,
// but handed to a query it is a database error (a 500), not "not found": every id that comes
// from a client is read through this schema first.
export const MAX_RECORD_ID = 2_147_483_647;

export const recordIdSchema = z.coerce.number().int().positive().max(MAX_RECORD_ID);

/** The id when `value` is a well-formed row id, otherwise null (found by nothing). */
export function parseRecordId(value: unknown): number | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const parsed = recordIdSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
