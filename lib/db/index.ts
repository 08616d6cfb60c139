import 'server-only';
import type { Db } from './client';
import { type DbSupervisor, processDbSupervisor } from './supervisor';

// `db` stays the same object when the supervisor rebuilds the client under it.
export const dbSupervisor: DbSupervisor = processDbSupervisor();

export const db: Db = dbSupervisor.client;

export { isPostgres } from './client';
export type { Db } from './client';
