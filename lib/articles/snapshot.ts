import 'server-only';
import type { Db } from '@/lib/db';
import { db } from '@/lib/db';
import { articleStatus, type ArticleStatus } from './status';

// The facts every permission check and cache refresh needs about one article, read in one query.

export type ArticleSnapshot = {
  id: number;
  locale: string;
  slug: string;
  title: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  sectionSlug: string;
  authorUserIds: number[];
  authorSlugs: string[];
  tagSlugs: string[];
  lockedById: number | null;
  lockedAt: Date | null;
};

export async function getArticleSnapshot(id: number, client: Pick<Db, 'article'> = db): Promise<ArticleSnapshot | null> {
  const row = await client.article.findUnique({
    where: { id },
    select: {
      id: true,
      locale: true,
      slug: true,
      title: true,
      status: true,
      publishedAt: true,
      lockedById: true,
      lockedAt: true,
      section: { select: { slug: true } },
      authors: { select: { author: { select: { slug: true, userId: true } } } },
      tags: { select: { tag: { select: { slug: true } } } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    locale: row.locale,
    slug: row.slug,
    title: row.title,
    status: articleStatus(row.status),
    publishedAt: row.publishedAt,
    sectionSlug: row.section.slug,
    authorUserIds: row.authors.flatMap(({ author }) => (author.userId === null ? [] : [author.userId])),
    authorSlugs: row.authors.map(({ author }) => author.slug),
    tagSlugs: row.tags.map(({ tag }) => tag.slug),
    lockedById: row.lockedById,
    lockedAt: row.lockedAt,
  };
}
