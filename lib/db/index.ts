import 'server-only';
import { createDb, type Db } from './client';

// One client per process, kept across dev hot reloads (each reload would otherwise open a new pool).
const globalForDb = globalThis as unknown as { midadDb?: Db };

export const db: Db = globalForDb.midadDb ?? createDb();
if (process.env.NODE_ENV !== 'production') globalForDb.midadDb = db;

export { isPostgres } from './client';
export type { Db } from './client';
