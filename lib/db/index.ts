import 'server-only';
import { env } from '@/env';
import type { Db } from './client';
import { DbSupervisor } from './supervisor';

// One supervised client per process, kept across dev hot reloads (each reload would otherwise
// open a new pool). `db` stays the same object when the supervisor rebuilds the client under it.
const globalForDb = globalThis as unknown as { midadDbSupervisor?: DbSupervisor };

export const dbSupervisor: DbSupervisor =
  globalForDb.midadDbSupervisor ?? new DbSupervisor(undefined, env.DATABASE_STATEMENT_TIMEOUT_MS + 5000);
globalForDb.midadDbSupervisor = dbSupervisor;

export const db: Db = dbSupervisor.client;

export { isPostgres } from './client';
export type { Db } from './client';
