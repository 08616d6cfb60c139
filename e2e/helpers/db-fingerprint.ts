import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';

// A hash of every row of every table: equal before and after a request means the request
// wrote nothing at all, whatever table it might have touched. The one column left out is a
// session's lastSeenAt, which any signed-in request may move (that is how idle time is kept).
const IGNORED: Record<string, string[]> = { Session: ['lastSeenAt'] };
// Whole tables of bookkeeping that no request writes: each instance's timers renew their leases
// (scheduled publication, sweeps) every few seconds, whatever requests arrive.
const TIMER_TABLES = ['Lease'];

function rowsOf(table: string, rows: Record<string, unknown>[]): string {
  if (TIMER_TABLES.includes(table)) return '';
  const ignored = IGNORED[table] ?? [];
  return JSON.stringify(rows.map((row) => Object.fromEntries(Object.entries(row).filter(([column]) => !ignored.includes(column)))));
}

export async function dbFingerprint(url: string): Promise<string> {
  const hash = createHash('sha256');
  if (url.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const tables = await client.query<{ tablename: string }>(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
      );
      for (const { tablename } of tables.rows) {
        const rows = await client.query(`SELECT * FROM "${tablename}" ORDER BY 1`);
        hash.update(tablename).update(rowsOf(tablename, rows.rows));
      }
    } finally {
      await client.end();
    }
    return hash.digest('hex');
  }
  const db = new Database(url.replace(/^file:/, ''), { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
    for (const { name } of tables) hash.update(name).update(rowsOf(name, db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all() as Record<string, unknown>[]));
  } finally {
    db.close();
  }
  return hash.digest('hex');
}
