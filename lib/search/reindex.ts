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

export async function reindexSearch(db: Db, { postgres, onProgress }: Options): Promise<ReindexResult> {
  const result: ReindexResult = { articles: 0, comments: 0, rewritten: 0 };
  const articleTotal = await db.article.count();
  for (let after = 0; ; ) {
    const rows = await db.article.findMany({
      where: { id: { gt: after } },
      orderBy: { id: 'asc' },
      take: BATCH,
      select: { id: true, locale: true, title: true, dek: true, body: true, searchTitle: true, searchText: true },
    });
    if (!rows.length) break;
    // Ranges cover the gaps between rows too, so entries left by deleted rows go as well.
    const [first, last] = [after + 1, rows.length < BATCH ? MAX_ID : rows.at(-1)!.id];
    await db.$transaction(async (tx) => {
      for (const row of rows) {
        const fields = articleSearchFields(row);
        if (fields.searchTitle === row.searchTitle && fields.searchText === row.searchText) continue;
        await tx.article.update({ where: { id: row.id }, data: fields });
        result.rewritten += 1;
      }
      await rebuildEntries(tx as Db, postgres, 'Article', first, last);
    });
    after = rows.at(-1)!.id;
    result.articles += rows.length;
    onProgress?.({ table: 'Article', done: result.articles, total: articleTotal });
  }
  const commentTotal = await db.comment.count();
  for (let after = 0; ; ) {
    const rows = await db.comment.findMany({
      where: { id: { gt: after } },
      orderBy: { id: 'asc' },
      take: BATCH,
      select: { id: true, authorName: true, body: true, searchText: true },
    });
    if (!rows.length) break;
    const [first, last] = [after + 1, rows.length < BATCH ? MAX_ID : rows.at(-1)!.id];
    await db.$transaction(async (tx) => {
      for (const row of rows) {
        const searchText = commentSearchText(row.authorName, row.body);
        if (searchText === row.searchText) continue;
        await tx.comment.update({ where: { id: row.id }, data: { searchText } });
        result.rewritten += 1;
      }
      await rebuildEntries(tx as Db, postgres, 'Comment', first, last);
    });
    after = rows.at(-1)!.id;
    result.comments += rows.length;
    onProgress?.({ table: 'Comment', done: result.comments, total: commentTotal });
  }
  return result;
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
