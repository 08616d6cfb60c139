import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { isPostgresUrl, sqliteFilePath } from './url';

// Applies prisma/migrations (SQLite) or prisma/postgres/migrations in order, recording them in
// Prisma's own _prisma_migrations table so `prisma migrate status` agrees. We apply them
// ourselves because Prisma 6's JS schema engine cannot read PostgreSQL's catalog (`name` columns).

type Migration = { name: string; sql: string; checksum: string };

const TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export function listMigrations(postgres: boolean, dir = path.resolve(postgres ? 'prisma/postgres/migrations' : 'prisma/migrations')): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/**
 * Applies pending migrations; returns the names applied. Refuses to run when a migration that
 * was already applied has been edited since: the database would no longer match the files.
 */
export async function migrate(url: string, dir?: string): Promise<string[]> {
  return isPostgresUrl(url) ? migratePostgres(url, dir) : migrateSqlite(url, dir);
}

type AppliedRow = { migration_name: string; checksum: string };

/** The migrations still to apply, after checking the applied ones against their stored checksums. */
function pending(migrations: Migration[], rows: AppliedRow[]): Migration[] {
  const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
  const edited = migrations.filter((migration) => applied.has(migration.name) && applied.get(migration.name) !== migration.checksum);
  if (edited.length) {
    throw new Error(
      `applied migration changed since it ran: ${edited.map((migration) => migration.name).join(', ')}. ` +
        'Restore the file as it was applied and put the change in a new migration.',
    );
  }
  return migrations.filter((migration) => !applied.has(migration.name));
}

const APPLIED_SQL = 'SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL';

function migrateSqlite(url: string, dir?: string): string[] {
  const file = sqliteFilePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file, { timeout: 10_000 });
  try {
    // WAL lets readers run beside the writer; it persists in the file once set.
    sqlite.pragma('journal_mode = WAL');
    sqlite.exec(TABLE.replace(/TIMESTAMPTZ/g, 'DATETIME').replace('now()', 'current_timestamp'));
    const todo = pending(listMigrations(false, dir), sqlite.prepare(APPLIED_SQL).all() as AppliedRow[]);
    const done: string[] = [];
    for (const migration of todo) {
      sqlite.transaction(() => {
        sqlite.exec(migration.sql);
        sqlite
          .prepare(
            `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
             VALUES (?, ?, ?, ?, ?, 1)`,
          )
          .run(randomUUID(), migration.checksum, migration.name, Date.now(), Date.now());
      })();
      done.push(migration.name);
    }
    return done;
  } finally {
    sqlite.close();
  }
}

async function migratePostgres(url: string, dir?: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Several instances may start at once: one migrates, the others wait on the lock.
    await client.query('SELECT pg_advisory_lock(727274)');
    await client.query(TABLE);
    const { rows } = await client.query<AppliedRow>(APPLIED_SQL);
    const todo = pending(listMigrations(true, dir), rows);
    const done: string[] = [];
    for (const migration of todo) {
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${migration.name} failed: ${(error as Error).message}`);
      }
      done.push(migration.name);
    }
    return done;
  } finally {
    await client.query('SELECT pg_advisory_unlock(727274)').catch(() => undefined);
    await client.end();
  }
}
