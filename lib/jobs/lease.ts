import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Db } from '@/lib/db/client';

/** Who this process is, as a lease holder: readable in the table, unique per start. */
export const PROCESS_HOLDER = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;

/**
 * Takes the lease `name` until `now + ttlMs` if it is free or expired, or (with `renew`) already
 * ours. One conditional upsert, atomic on SQLite and PostgreSQL alike: of instances racing for it,
 * exactly one gets the row back. Returns whether we hold it now.
 */
export async function claimLease(
  db: Pick<Db, '$queryRaw'>,
  name: string,
  holder: string,
  ttlMs: number,
  options: { now?: Date; renew?: boolean } = {},
): Promise<boolean> {
  const now = options.now ?? new Date();
  const until = new Date(now.getTime() + ttlMs);
  const mine = options.renew ? holder : '';
  const rows = await db.$queryRaw<{ holder: string }[]>`
    INSERT INTO "Lease" ("name", "holder", "expiresAt") VALUES (${name}, ${holder}, ${until})
    ON CONFLICT ("name") DO UPDATE SET "holder" = excluded."holder", "expiresAt" = excluded."expiresAt"
    WHERE "Lease"."expiresAt" <= ${now} OR "Lease"."holder" = ${mine}
    RETURNING "holder"`;
  return rows.length === 1;
}

/** Gives the lease up (at shutdown), so another instance can take it at once. */
export async function releaseLease(db: Pick<Db, '$executeRaw'>, name: string, holder: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "Lease" WHERE "name" = ${name} AND "holder" = ${holder}`;
}
