import { createDb, type Db } from '@/lib/db/client';
import { isPostgresUrl } from '@/lib/db/url';

/**
 * The database connection of a command-line import. On SQLite it commits with `synchronous =
 * NORMAL`: in WAL mode a commit then no longer waits for the disk (only checkpoints do), which was
 * the import's largest single wait (one sync per group of items and per new section, tag or
 * author). The database cannot be corrupted this way; a power cut may only lose the last commits,
 * and the import is keyed by WordPress ids, so running it again writes them. The site's own
 * connection keeps `FULL`: a reader's comment or an editor's save cannot be written again.
 */
export async function createImportDb(url: string): Promise<Db> {
  const db = createDb(url);
  if (!isPostgresUrl(url)) await db.$queryRawUnsafe('PRAGMA synchronous = NORMAL');
  return db;
}
