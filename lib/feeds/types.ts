import type { FeedFormat, FeedScope } from '@/lib/urls';

export type FeedPerson = { name: string; url: string };

export type FeedItem = {
  /** A permanent id that survives slug changes: tag:<host>,2024:article-<id>. */
  id: string;
  url: string;
  title: string;
  summary: string;
  /** Sanitized article HTML when the site publishes full text, otherwise null. */
  contentHtml: string | null;
  publishedAt: Date;
  updatedAt: Date;
  authors: FeedPerson[];
  category: string;
  image: { url: string; type: string } | null;
};

export type Feed = {
  id: string;
  title: string;
  /** The publication's name, Atom's feed-level author. */
  publisher: string;
  description: string;
  language: string;
  /** The HTML page the feed mirrors. */
  pageUrl: string;
  /** The feed's own URL, in the format being written. */
  selfUrl: string;
  updatedAt: Date;
  items: FeedItem[];
};

export type FeedRequest = { locale: string; scope: FeedScope; format: FeedFormat };
