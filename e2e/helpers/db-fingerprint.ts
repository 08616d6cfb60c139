import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';

// A hash of every row of every table: equal before and after a request means the request
// wrote nothing at all, whatever table it might have touched.

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
        hash.update(tablename).update(JSON.stringify(rows.rows));
      }
    } finally {
      await client.end();
    }
    return hash.digest('hex');
  }
  const db = new Database(url.replace(/^file:/, ''), { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
    for (const { name } of tables) hash.update(name).update(JSON.stringify(db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all()));
  } finally {
    db.close();
  }
  return hash.digest('hex');
}
