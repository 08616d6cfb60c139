import type { UploadSrcSets } from '@/lib/media/responsive';
// What the UI receives: plain, serializable shapes, never Prisma rows.

export const ARTICLE_KINDS = ['news', 'opinion', 'analysis'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

export type LinkRef = { slug: string; name: string };

/** `srcSet` (WebP and the original) and `avifSrcSet` list the upload's copies (lib/media/responsive.ts), when it has any. */
type ImageRef = { url: string; alt: string; width: number | null; height: number | null; srcSet?: string; avifSrcSet?: string };

export type ArticleCard = {
  id: number;
  locale: string;
  slug: string;
  title: string;
  dek: string;
  kind: ArticleKind;
  publishedAt: string;
  updatedAt: string;
  section: LinkRef;
  authors: LinkRef[];
  image: ImageRef | null;
};

export type ArticleDetail = ArticleCard & {
  body: string;
  imageCaption: string;
  seoTitle: string;
  seoDescription: string;
  tags: LinkRef[];
};

/** A piece in the home page's opinion rail, with its writer's photo when there is one. */
export type OpinionCard = {
  id: number;
  slug: string;
  title: string;
  /** `photoSrcSets`: the photo's copies, when it is an upload (lib/media/photos.ts). */
  author: { slug: string; name: string; photoUrl: string | null; photoSrcSets?: UploadSrcSets } | null;
};

export type Page<T> = { items: T[]; page: number; pageCount: number; total: number };
