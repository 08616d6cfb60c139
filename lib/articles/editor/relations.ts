import 'server-only';
import type { Db } from '@/lib/db';
import { canManageTaxonomy } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/roles';
import { slugify } from '@/lib/utils/arabic';

type Tx = Pick<Db, 'author' | 'tag' | 'articleAuthor' | 'articleTag'>;

/** The writer's own author profile, made from their name the first time they write. */
async function ensureOwnAuthor(tx: Tx, user: SessionUser): Promise<number> {
  const existing = await tx.author.findUnique({ where: { userId: user.id }, select: { id: true } });
  if (existing) return existing.id;
  const base = slugify(user.name) || 'author';
  const taken = await tx.author.findUnique({ where: { slug: base }, select: { id: true } });
  const created = await tx.author.create({
    data: { slug: taken ? `${base}-${user.id}` : base, name: user.name, userId: user.id },
    select: { id: true },
  });
  return created.id;
}

/**
 * The byline to store. Editors choose freely among existing profiles; authors and contributors
 * may add co-authors but always stay on their own article.
 */
export async function resolveAuthorIds(tx: Tx, user: SessionUser, requested: number[]): Promise<number[]> {
  const existing = requested.length
    ? (await tx.author.findMany({ where: { id: { in: requested } }, select: { id: true } })).map((row) => row.id)
    : [];
  const ordered = requested.filter((id) => existing.includes(id));
  if (canManageTaxonomy(user) && ordered.length) return ordered;
  const own = await ensureOwnAuthor(tx, user);
  return ordered.includes(own) ? ordered : [own, ...ordered];
}

export async function setArticleAuthors(tx: Tx, articleId: number, authorIds: number[]) {
  await tx.articleAuthor.deleteMany({ where: { articleId } });
  await tx.articleAuthor.createMany({ data: authorIds.map((authorId, position) => ({ articleId, authorId, position })) });
}

/** Finds or creates each tag by its slug, then links exactly those to the article. */
export async function setArticleTags(tx: Tx, articleId: number, locale: string, names: string[]) {
  const tagIds: number[] = [];
  for (const name of names) {
    const slug = slugify(name);
    if (!slug) continue;
    const tag = await tx.tag.upsert({ where: { slug }, update: {}, create: { slug, name, locale }, select: { id: true } });
    if (!tagIds.includes(tag.id)) tagIds.push(tag.id);
  }
  await tx.articleTag.deleteMany({ where: { articleId } });
  await tx.articleTag.createMany({ data: tagIds.map((tagId) => ({ articleId, tagId })) });
}
