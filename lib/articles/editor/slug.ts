import 'server-only';
import type { Db } from '@/lib/db';
import { slugify } from '@/lib/utils/arabic';

// Slugs are unique per edition, among current slugs and old ones that still redirect.

type Tx = Pick<Db, 'article' | 'slugRedirect'>;

async function slugTaken(tx: Tx, locale: string, slug: string, articleId: number | null): Promise<boolean> {
  const [article, redirect] = await Promise.all([
    tx.article.findFirst({ where: { locale, slug }, select: { id: true } }),
    tx.slugRedirect.findUnique({ where: { locale_slug: { locale, slug } }, select: { articleId: true } }),
  ]);
  return (!!article && article.id !== articleId) || (!!redirect && redirect.articleId !== articleId);
}

/**
 * The slug to store. A slug typed by the writer must be free (else null: the form says so); one
 * made from the title gets a number appended until it is free.
 */
export async function resolveSlug(
  tx: Tx,
  { locale, title, typed, articleId }: { locale: string; title: string; typed: string; articleId: number | null },
): Promise<string | null> {
  if (typed) return (await slugTaken(tx, locale, typed, articleId)) ? null : typed;
  const base = slugify(title) || 'article';
  for (let n = 1; n < 200; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await slugTaken(tx, locale, candidate, articleId))) return candidate;
  }
  return `${base}-${Date.now()}`;
}
