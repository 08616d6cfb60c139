import type { UploadSrcSets } from '@/lib/media/responsive';
import type { Locale } from '@/i18n/routing';
import type { ArticleCard, Page } from '@/lib/articles/types';

export type ListingKind = 'section' | 'tag' | 'author';

/** The route parameters of `/<locale>/<kind>/<slug>[/<page>]`, as Next passes them. */
export type ListingParams = { locale: string; slug: string; page?: string[] };

/** Whom a listing belongs to: a section's description and an author's bio are both `description`. */
/** `photoSrcSets`: the photo's copies, when it is an upload (lib/media/photos.ts). */
export type ListingOwner = { slug: string; name: string; description: string; photoUrl: string | null; photoSrcSets?: UploadSrcSets };

export type Listing = { kind: ListingKind; locale: Locale; page: number; owner: ListingOwner };

export type ListingWithArticles = Listing & { articles: Page<ArticleCard> };
