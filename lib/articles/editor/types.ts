import type { MediaItem } from '@/lib/media/types';
import type { ArticleStatus } from '@/lib/articles/status';
import type { WorkflowStep } from '@/lib/articles/publishing/schema';
import type { LockHolder } from './locks';

// DTOs of the newsroom screens.

export type AdminArticleRow = {
  id: number;
  title: string;
  slug: string;
  locale: string;
  status: ArticleStatus;
  publishedAt: string | null;
  updatedAt: string;
  section: string;
  authors: string[];
  views: { day: number; week: number; total: number } | null;
  lockedBy: string | null;
};

export type EditorArticle = {
  id: number;
  locale: string;
  status: ArticleStatus;
  publishedAt: string | null;
  title: string;
  slug: string;
  dek: string;
  body: string;
  sectionId: number;
  kind: string;
  authorIds: number[];
  tags: string;
  imageUrl: string;
  imageWidth: number | null;
  imageHeight: number | null;
  imageAlt: string;
  imageCaption: string;
  seoTitle: string;
  seoDescription: string;
  lock: LockHolder | null;
  steps: WorkflowStep[];
  /** Home placement (pinned lead, breaking news) is the publisher's call. */
  sticky: boolean;
  breaking: boolean;
  canPlaceOnHome: boolean;
  publicPath: string | null;
};

export type EditorOptions = {
  sections: { id: number; name: string; locale: string }[];
  authors: { id: number; name: string }[];
  /** The newest pictures of the media library, for the editor's picker. */
  media: MediaItem[];
};

export type RevisionRow = { id: number; createdAt: string; user: string; title: string };
export type RevisionDetail = { id: number; articleId: number; createdAt: string; user: string; title: string; dek: string; body: string };

export type StatusCounts = Record<'draft' | 'review' | 'scheduled' | 'published' | 'unpublished', number>;

export type DashboardArticle = { id: number; title: string; locale: string; updatedAt: string; publishedAt: string | null };
