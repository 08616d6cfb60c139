import type { Prisma } from '.prisma/sqlite';
import { uploadSrcSets } from '@/lib/media/responsive';
import type { ArticleCard, ArticleDetail, ArticleKind } from './types';

// The columns a card needs, and the turn from a Prisma row into the DTO the UI takes.

export const cardSelect = {
  id: true,
  locale: true,
  slug: true,
  title: true,
  dek: true,
  kind: true,
  publishedAt: true,
  updatedAt: true,
  imageUrl: true,
  imageAlt: true,
  imageWidth: true,
  imageHeight: true,
  section: { select: { slug: true, name: true } },
  authors: { orderBy: { position: 'asc' }, select: { author: { select: { slug: true, name: true } } } },
} satisfies Prisma.ArticleSelect;

export const detailSelect = {
  ...cardSelect,
  body: true,
  imageCaption: true,
  seoTitle: true,
  seoDescription: true,
  tags: { select: { tag: { select: { slug: true, name: true } } } },
} satisfies Prisma.ArticleSelect;

type CardRow = Prisma.ArticleGetPayload<{ select: typeof cardSelect }>;
type DetailRow = Prisma.ArticleGetPayload<{ select: typeof detailSelect }>;

export function toArticleCard(row: CardRow): ArticleCard {
  return {
    id: row.id,
    locale: row.locale,
    slug: row.slug,
    title: row.title,
    dek: row.dek,
    kind: row.kind as ArticleKind,
    publishedAt: (row.publishedAt ?? row.updatedAt).toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    section: row.section,
    authors: row.authors.map(({ author }) => author),
    image: row.imageUrl ? imageRef(row.imageUrl, row.imageAlt, row.imageWidth, row.imageHeight) : null,
  };
}

export function toArticleDetail(row: DetailRow): ArticleDetail {
  return {
    ...toArticleCard(row),
    body: row.body,
    imageCaption: row.imageCaption,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    tags: row.tags.map(({ tag }) => tag),
  };
}

function imageRef(url: string, alt: string, width: number | null, height: number | null) {
  const srcSets = uploadSrcSets(url, width);
  return { url, alt, width, height, srcSet: srcSets?.webp, avifSrcSet: srcSets?.avif };
}
