import { afterAll } from 'vitest';
import { createTestDatabase } from './helpers/test-database';

// Runs before each test file: points DATABASE_URL at a fresh, migrated database, so lib/db
// (imported later by the test) connects to it. TEST_DATABASE_URL=postgresql://… selects PostgreSQL.
const database = await createTestDatabase();
process.env.DATABASE_URL = database.url;

afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await database.drop();
});
