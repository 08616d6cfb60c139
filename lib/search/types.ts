import type { LinkRef } from '@/lib/articles/types';
import type { Segment } from './snippet';

// What the search page receives: plain, serializable shapes.

export type SearchHit = {
  id: number;
  slug: string;
  title: Segment[];
  snippet: Segment[];
  section: LinkRef;
  publishedAt: string;
};

export type SearchResults = {
  hits: SearchHit[];
  page: number;
  pageCount: number;
  total: number;
  /** More articles matched than are ranked; `total` is that cap. */
  capped: boolean;
};

export type { Segment };
