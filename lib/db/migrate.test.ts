import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from './migrate';
import { isPostgresUrl } from './url';

// The test database is already migrated (test/setup-database.ts) from the real migration files.
const url = process.env.DATABASE_URL!;
const source = path.resolve(isPostgresUrl(url) ? 'prisma/postgres/migrations' : 'prisma/migrations');
const copy = mkdtempSync(path.join(tmpdir(), 'migrations-'));
cpSync(source, copy, { recursive: true });
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('migrate', () => {
  it('applies nothing when every applied migration is unchanged', async () => {
    expect(await migrate(url, copy)).toEqual([]);
  });

  it('refuses to run when an applied migration was edited, naming it', async () => {
    const first = readdirSync(copy, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()[0]!;
    appendFileSync(path.join(copy, first, 'migration.sql'), '\n-- edited after it was applied\n');
    await expect(migrate(url, copy)).rejects.toThrow(first);
  });
});
