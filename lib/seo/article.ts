import type { Metadata } from 'next';
import type { ArticleDetail } from '@/lib/articles/types';
import { absoluteUrl } from '@/lib/urls';
import { paths } from '@/lib/url-paths';
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
    path: paths.article(article.locale, article.slug),
    title,
    description: articleDescription(article),
    siteName: labels.siteName,
    feedTitle: labels.feedTitle,
    image: shareImageOf(article),
    article: {
      publishedTime: isoWithOffset(article.publishedAt),
      modifiedTime: isoWithOffset(article.updatedAt),
      section: article.section.name,
      authors: article.authors.map((author) => absoluteUrl(paths.author(article.locale, author.slug))),
      tags: article.tags.map((tag) => tag.name),
    },
  });
}

export function articleStructuredData(article: ArticleDetail, labels: SiteLabels) {
  return [
    articleJsonLd(article, publisherOf(article.locale, labels.siteName), shareImageOf(article).url),
    breadcrumbJsonLd([
      { name: labels.home, path: paths.home(article.locale) },
      { name: article.section.name, path: paths.section(article.locale, article.section.slug) },
      { name: article.title, path: paths.article(article.locale, article.slug) },
    ]),
  ];
}
