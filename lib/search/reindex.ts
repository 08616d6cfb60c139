import type { Db } from '@/lib/db/client';
import { articleSearchFields, commentSearchText } from './document';

// Rebuilds the search index from the articles and comments themselves: each row's search terms
// are computed again (after a change to the normalizer, or for rows written by an older import
// or by hand) and the engine's entry is written again from them. One short transaction per batch
// of ids, so the site keeps reading and writing meanwhile: readers see the old entries until a
// batch commits, and a write between batches is indexed by the triggers as always.

const BATCH = 500;
// The largest id a 32-bit integer column holds: the last range reaches the end of the table.
const MAX_ID = 2_147_483_647;

export type ReindexProgress = { table: 'Article' | 'Comment'; done: number; total: number };
export type ReindexResult = { articles: number; comments: number; rewritten: number };

type Options = { postgres: boolean; onProgress?: (progress: ReindexProgress) => void };

export async function reindexSearch(db: Db, options: Options): Promise<ReindexResult> {
  const articles = await reindexTable(db, 'Article', await db.article.count(), options, {
    read: (batch) => db.article.findMany({ ...batch, select: { id: true, locale: true, title: true, dek: true, body: true, searchTitle: true, searchText: true } }),
    rewrite: async (tx, row) => {
      const fields = articleSearchFields(row);
      if (fields.searchTitle === row.searchTitle && fields.searchText === row.searchText) return false;
      await tx.article.update({ where: { id: row.id }, data: fields });
      return true;
    },
  });
  const comments = await reindexTable(db, 'Comment', await db.comment.count(), options, {
    read: (batch) => db.comment.findMany({ ...batch, select: { id: true, authorName: true, body: true, searchText: true } }),
    rewrite: async (tx, row) => {
      const searchText = commentSearchText(row.authorName, row.body);
      if (searchText === row.searchText) return false;
      await tx.comment.update({ where: { id: row.id }, data: { searchText } });
      return true;
    },
  });
  return { articles: articles.done, comments: comments.done, rewritten: articles.rewritten + comments.rewritten };
}

type Batch = { where: { id: { gt: number } }; orderBy: { id: 'asc' }; take: number };

/**
 * One table, a batch of rows at a time in id order: `read` fetches a batch, `rewrite` writes a
 * row's terms again when they changed (and says whether it did), then the engine's entries of
 * the batch's id range are rebuilt, all in the batch's transaction.
 */
async function reindexTable<Row extends { id: number }>(
  db: Db,
  table: 'Article' | 'Comment',
  total: number,
  { postgres, onProgress }: Options,
  rows: { read: (batch: Batch) => Promise<Row[]>; rewrite: (tx: Db, row: Row) => Promise<boolean> },
): Promise<{ done: number; rewritten: number }> {
  let done = 0;
  let rewritten = 0;
  for (let after = 0; ; ) {
    const batch = await rows.read({ where: { id: { gt: after } }, orderBy: { id: 'asc' }, take: BATCH });
    if (!batch.length) break;
    // Ranges cover the gaps between rows too, so entries left by deleted rows go as well.
    const [first, last] = [after + 1, batch.length < BATCH ? MAX_ID : batch.at(-1)!.id];
    await db.$transaction(async (tx) => {
      for (const row of batch) {
        if (await rows.rewrite(tx as Db, row)) rewritten += 1;
      }
      await rebuildEntries(tx as Db, postgres, table, first, last);
    });
    after = batch.at(-1)!.id;
    done += batch.length;
    onProgress?.({ table, done, total });
  }
  return { done, rewritten };
}

// The same expressions as the search migration's triggers (an empty search column falls back to
// the lowercased title and dek, or author and body), applied to a range of ids.
const SQLITE_ENTRIES = {
  Article: `INSERT INTO "ArticleSearch" (rowid, title, body)
    SELECT "id", CASE WHEN "searchTitle" = '' THEN lower("title") ELSE "searchTitle" END,
                 CASE WHEN "searchText" = '' THEN lower("dek") ELSE "searchText" END
      FROM "Article" WHERE "id" BETWEEN ? AND ?`,
  Comment: `INSERT INTO "CommentSearch" (rowid, body)
    SELECT "id", CASE WHEN "searchText" = '' THEN lower("authorName" || ' ' || "body") ELSE "searchText" END
      FROM "Comment" WHERE "id" BETWEEN ? AND ?`,
};

async function rebuildEntries(tx: Db, postgres: boolean, table: 'Article' | 'Comment', first: number, last: number) {
  if (postgres) {
    // Touching a column the trigger watches makes it compute the row's vector again.
    const column = table === 'Article' ? 'searchTitle' : 'searchText';
    await tx.$executeRawUnsafe(`UPDATE "${table}" SET "${column}" = "${column}" WHERE "id" BETWEEN $1 AND $2`, first, last);
    return;
  }
  await tx.$executeRawUnsafe(`DELETE FROM "${table}Search" WHERE rowid BETWEEN ? AND ?`, first, last);
  await tx.$executeRawUnsafe(SQLITE_ENTRIES[table], first, last);
}
