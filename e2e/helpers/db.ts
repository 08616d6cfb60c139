import { createDb, type Db } from '@/lib/db/client';
import { e2eDatabaseUrl } from './users';

/** Runs a few writes against the e2e server's database, for states the seed does not have. */
export async function withE2eDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const db = createDb(e2eDatabaseUrl());
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}
