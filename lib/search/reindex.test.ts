import { beforeAll, describe, expect, it } from 'vitest';
import { paragraphsToHtml } from '@/lib/articles/sanitize';
import { db, isPostgres } from '@/lib/db';
import { articleSearchFields } from './document';
import { searchArticles } from './queries';
import { reindexSearch, type ReindexProgress } from './reindex';
import { parseSearchParams } from './schema';
import { findCommentIdsForStaff } from './staff';

// Rows whose search terms are stale (written by hand, by an older importer or normalizer) and
// whose index entries are gone are found again after a reindex, on this run's database.
let articleId = 0;
let currentId = 0;
let commentId = 0;
const readerIds = async (q: string) => (await searchArticles('ar', parseSearchParams({ q }))).hits.map((hit) => hit.id);

beforeAll(async () => {
  const section = await db.section.create({ data: { slug: 'mujtama', name: 'مجتمع', locale: 'ar' } });
  const article = await db.article.create({
    data: {
      locale: 'ar', slug: 'tahlia', title: 'محطات تحلية المياه', dek: '', body: paragraphsToHtml(['افتتاح محطة في الداخلة']),
      status: 'published', publishedAt: new Date(Date.now() - 3_600_000), sectionId: section.id,
    },
  });
  articleId = article.id;
  // Up-to-date terms, lost entry: only rebuilding the entries brings it back.
  const body = paragraphsToHtml(['عروض في طنجة']);
  const current = await db.article.create({
    data: {
      locale: 'ar', slug: 'cinema', title: 'مهرجان السينما', dek: '', body, ...articleSearchFields({ locale: 'ar', title: 'مهرجان السينما', dek: '', body }),
      status: 'published', publishedAt: new Date(Date.now() - 7_200_000), sectionId: section.id,
    },
  });
  currentId = current.id;
  const comment = await db.comment.create({
    data: { articleId, authorName: 'قارئ', authorEmail: 'r@example.test', body: 'المحطات الجديدة مفيدة', status: 'pending', idempotencyKey: 'reindex-1' },
  });
  commentId = comment.id;
  // Stale terms and a lost index entry, which only a rebuild brings back.
  if (isPostgres()) {
    await db.$executeRawUnsafe(`UPDATE "Article" SET "searchVector" = NULL`);
    await db.$executeRawUnsafe(`UPDATE "Comment" SET "searchVector" = NULL WHERE "id" = $1`, commentId);
  } else {
    await db.$executeRawUnsafe(`DELETE FROM "ArticleSearch"`);
    await db.$executeRawUnsafe(`DELETE FROM "CommentSearch" WHERE rowid = ?`, commentId);
  }
});

describe('npm run search:reindex', () => {
  it('finds nothing before the rebuild', async () => {
    expect(await readerIds('تحلية')).toEqual([]);
    expect(await readerIds('السينما')).toEqual([]);
    expect(await findCommentIdsForStaff('محطات')).toEqual([]);
  });

  it('rewrites the stemmed terms and the index entries, reporting its progress', async () => {
    const progress: ReindexProgress[] = [];
    const result = await reindexSearch(db, { postgres: isPostgres(), onProgress: (step) => progress.push(step) });
    expect(result).toEqual({ articles: 2, comments: 1, rewritten: 2 });
    expect(progress).toEqual([
      { table: 'Article', done: 2, total: 2 },
      { table: 'Comment', done: 1, total: 1 },
    ]);
    // «والتحلية» and «بمحطات» reach the title only through the stems the reindex wrote.
    expect(await readerIds('والتحلية بمحطات')).toEqual([articleId]);
    expect(await readerIds('والسينما')).toEqual([currentId]);
    expect(await findCommentIdsForStaff('محطات')).toEqual([commentId]);
  });

  it('changes nothing on a second run', async () => {
    expect((await reindexSearch(db, { postgres: isPostgres() })).rewritten).toBe(0);
    expect(await readerIds('تحلية')).toEqual([articleId]);
  });
});
