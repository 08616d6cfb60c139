import type { ArticleDetail } from '@/lib/articles/types';
import { absoluteUrl } from '@/lib/urls';
import { pathTo } from '@/lib/url-paths';
import { isoWithOffset } from './dates';
import { articleDescription } from './excerpt';
import { publisherJsonLd, type Publisher } from './publisher';

// schema.org objects as plain data; pages print them through <JsonLd>, which escapes them.

type JsonObject = { [key: string]: unknown };

const ARTICLE_TYPES = { news: 'NewsArticle', opinion: 'OpinionNewsArticle', analysis: 'AnalysisNewsArticle' } as const;

// Google cuts headlines at 110 characters in rich results.
const HEADLINE_MAX = 110;

export type Crumb = { name: string; path: string };

export function articleJsonLd(article: ArticleDetail, publisher: Publisher, imageUrl: string): JsonObject {
  const url = absoluteUrl(pathTo({ pathname: '/news/[slug]', params: { slug: article.slug } }, { locale: article.locale }));
  const headline = article.title.length > HEADLINE_MAX ? `${article.title.slice(0, HEADLINE_MAX - 1)}…` : article.title;
  return {
    '@context': 'https://schema.org',
    '@type': ARTICLE_TYPES[article.kind] ?? 'NewsArticle',
    // No @id or mainEntityOfPage: both would repeat the (percent-encoded, often 300-byte) URL
    // that `url` already gives, nothing else refers to them, and the page carries this twice.
    url,
    headline,
    description: articleDescription(article),
    datePublished: isoWithOffset(article.publishedAt),
    dateModified: isoWithOffset(article.updatedAt > article.publishedAt ? article.updatedAt : article.publishedAt),
    author: article.authors.map((author) => ({
      '@type': 'Person',
      name: author.name,
      url: absoluteUrl(pathTo({ pathname: '/author/[slug]', params: { slug: author.slug } }, { locale: article.locale })),
    })),
    publisher: publisherJsonLd(publisher),
    image: [imageUrl],
    articleSection: article.section.name,
    keywords: article.tags.length ? article.tags.map((tag) => tag.name) : undefined,
    inLanguage: article.locale,
    isAccessibleForFree: true,
  };
}

export function breadcrumbJsonLd(crumbs: Crumb[]): JsonObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

export function websiteJsonLd(locale: string, publisher: Publisher): JsonObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${absoluteUrl(pathTo('/', { locale }))}#website`,
    url: absoluteUrl(pathTo('/', { locale })),
    name: publisher.name,
    inLanguage: locale,
    publisher: publisherJsonLd(publisher),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(pathTo('/search', { locale }))}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/**
 * JSON for a <script> element. "<" is written as \u003c so a "</script>" inside a title cannot end
 * the element early; ">" and "&" likewise, and U+2028/2029 which old parsers took for line ends.
 */
export function serializeJsonLd(data: JsonObject | JsonObject[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
