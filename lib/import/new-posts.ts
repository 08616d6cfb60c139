import type { Prisma } from '.prisma/sqlite';
import type { PlannedComment } from './comments';
import type { ImportContext, Tx } from './context';

// Posts imported for the first time are written a group at a time with multi-row inserts: an
// archive of tens of thousands of posts would otherwise spend its time on one statement per
// row. Posts seen before go through the per-item path (upserts) instead.

export type NewPost = {
  wpId: string;
  checksum: string;
  article: Prisma.ArticleCreateManyInput;
  authorIds: number[];
  tagIds: number[];
  comments: PlannedComment[];
  keys: string[];
};

export async function writeNewPosts(tx: Tx, context: ImportContext, posts: NewPost[]): Promise<void> {
  if (!posts.length) return;
  const created = await tx.article.createManyAndReturn({
    data: posts.map((post) => post.article),
    select: { id: true, slug: true },
  });
  const idBySlug = new Map(created.map((row) => [row.slug, row.id]));
  const ids = posts.map((post) => idBySlug.get(post.article.slug)!);
  const authors = posts.flatMap((post, i) => post.authorIds.map((authorId, position) => ({ articleId: ids[i]!, authorId, position })));
  if (authors.length) await tx.articleAuthor.createMany({ data: authors });
  const tags = posts.flatMap((post, i) => [...new Set(post.tagIds)].map((tagId) => ({ articleId: ids[i]!, tagId })));
  if (tags.length) await tx.articleTag.createMany({ data: tags });

  const roots = posts.flatMap((post, i) =>
    post.comments.filter((c) => !c.rootKey).map((c) => ({ ...c.data, idempotencyKey: c.idempotencyKey, articleId: ids[i]!, parentId: null })),
  );
  const rootIds = new Map<string, number>();
  if (roots.length) {
    for (const row of await tx.comment.createManyAndReturn({ data: roots, select: { id: true, idempotencyKey: true } })) rootIds.set(row.idempotencyKey, row.id);
  }
  const replies = posts.flatMap((post, i) =>
    post.comments.filter((c) => c.rootKey).map((c) => ({ ...c.data, idempotencyKey: c.idempotencyKey, articleId: ids[i]!, parentId: rootIds.get(c.rootKey!)! })),
  );
  if (replies.length) await tx.comment.createMany({ data: replies });

  const redirects = new Map<string, number>();
  posts.forEach((post, i) => post.keys.forEach((key) => redirects.set(key, ids[i]!)));
  const existing = new Set((await tx.legacyRedirect.findMany({ where: { path: { in: [...redirects.keys()] } }, select: { path: true } })).map((r) => r.path));
  const fresh = [...redirects].filter(([path]) => !existing.has(path));
  if (fresh.length) await tx.legacyRedirect.createMany({ data: fresh.map(([path, targetId]) => ({ path, locale: context.locale, targetKind: 'article', targetId })) });
  for (const path of existing) await tx.legacyRedirect.update({ where: { path }, data: { locale: context.locale, targetKind: 'article', targetId: redirects.get(path)! } });

  await tx.importedItem.createMany({
    data: posts.map((post, i) => ({ source: context.source, kind: 'post', sourceId: post.wpId, targetId: ids[i]!, checksum: post.checksum })),
  });
}
