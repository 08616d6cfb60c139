import 'server-only';
import { isPostgres } from './client';

/**
 * The parameters of a hand-written statement and their placeholders ($1, $2… on PostgreSQL, ? on
 * SQLite), for statements with a list in them: a Prisma.join from one generated client is not
 * recognised by the other, so the tagged $queryRaw cannot take one.
 */
export function rawParams(): { params: unknown[]; bind: (value: unknown) => string } {
  const params: unknown[] = [];
  return { params, bind: (value) => (params.push(value), isPostgres() ? `$${params.length}` : '?') };
}
