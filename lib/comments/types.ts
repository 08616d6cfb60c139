import type { CommentStatus } from './rules';

/** What a reader sees of a comment: never the e-mail, never the address hashes. */
export type PublicComment = {
  id: number;
  authorName: string;
  body: string;
  createdAt: string;
  /** createdAt in words, formatted on the server in the site's time zone (browsers' Morocco rules go stale). */
  createdAtLabel: string;
  replies: PublicComment[];
};

export type CommentOrder = 'oldest' | 'newest';

export type CommentThreadPage = {
  articleId: number;
  /** Approved comments and replies, for the "انقر للتعليق" button. */
  count: number;
  comments: PublicComment[];
  page: number;
  pageCount: number;
  order: CommentOrder;
};

/** A row in the moderation queue. */
export type QueueComment = {
  id: number;
  authorName: string;
  authorEmail: string;
  body: string;
  status: CommentStatus;
  createdAt: string;
  parentId: number | null;
  networkHash: string;
  article: { id: number; title: string; slug: string; locale: string };
};

export type SubmitResult =
  | { ok: true; status: CommentStatus; id: number | null; duplicate: boolean }
  | { ok: false; reason: 'article' | 'parent' | 'too-soon' | 'too-many'; retryAfterSeconds?: number };
