import type { ArticleCard } from '@/lib/articles/types';
import { absoluteUrl, crawlerPaths } from '@/lib/urls';

export type ShareImage = { url: string; width: number; height: number; alt: string };

export const CARD_SIZE = { width: 1200, height: 630 } as const;

// Social networks and Google Discover show raster images only; an SVG feature image gets a card.
const RASTER = /\.(jpe?g|png|webp|gif|avif)(\?.*)?$/i;

function absolute(url: string): string {
  return /^https?:\/\//i.test(url) ? url : absoluteUrl(url.startsWith('/') ? url : `/${url}`);
}

/** The article's feature image when it is a raster one, otherwise its generated title card. */
export function shareImageOf(article: Pick<ArticleCard, 'id' | 'title' | 'image' | 'updatedAt'>): ShareImage {
  const image = article.image;
  if (image && RASTER.test(image.url)) {
    return {
      url: absolute(image.url),
      width: image.width ?? CARD_SIZE.width,
      height: image.height ?? CARD_SIZE.height,
      alt: image.alt || article.title,
    };
  }
  const version = Date.parse(article.updatedAt).toString(36);
  return { url: `${absoluteUrl(crawlerPaths.shareCard(article.id))}?v=${version}`, ...CARD_SIZE, alt: article.title };
}
