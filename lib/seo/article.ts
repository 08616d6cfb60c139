import type { Metadata } from 'next';
import type { ArticleDetail } from '@/lib/articles/types';
import { absoluteUrl } from '@/lib/urls';
import { pathTo } from '@/lib/url-paths';
import { isoWithOffset } from './dates';
import { articleDescription } from './excerpt';
import { articleJsonLd, breadcrumbJsonLd } from './json-ld';
import { pageMetadata } from './metadata';
import { publisherOf } from './publisher';
import { shareImageOf } from './share-image';

// What the article page hands to crawlers: its <head> tags and its JSON-LD.

export type SiteLabels = { siteName: string; home: string; feedTitle: string };

export function articleMetadata(article: ArticleDetail, labels: SiteLabels): Metadata {
  const title = article.seoTitle || article.title;
  return pageMetadata({
    locale: article.locale,
    path: pathTo({ pathname: '/news/[slug]', params: { slug: article.slug } }, { locale: article.locale }),
    title,
    description: articleDescription(article),
    siteName: labels.siteName,
    feedTitle: labels.feedTitle,
    image: shareImageOf(article),
    article: {
      publishedTime: isoWithOffset(article.publishedAt),
      modifiedTime: isoWithOffset(article.updatedAt),
      section: article.section.name,
      authors: article.authors.map((author) => absoluteUrl(pathTo({ pathname: '/author/[slug]', params: { slug: author.slug } }, { locale: article.locale }))),
      tags: article.tags.map((tag) => tag.name),
    },
  });
}

export function articleStructuredData(article: ArticleDetail, labels: SiteLabels) {
  return [
    articleJsonLd(article, publisherOf(article.locale, labels.siteName), shareImageOf(article).url),
    breadcrumbJsonLd([
      { name: labels.home, path: pathTo('/', { locale: article.locale }) },
      { name: article.section.name, path: pathTo({ pathname: '/section/[slug]', params: { slug: article.section.slug } }, { locale: article.locale }) },
      { name: article.title, path: pathTo({ pathname: '/news/[slug]', params: { slug: article.slug } }, { locale: article.locale }) },
    ]),
  ];
}
