import type { Metadata } from 'next';
import { routing } from '@/i18n/routing';
import { crawlerPaths, type FeedScope } from '@/lib/urls';
import { pathTo } from '@/lib/url-paths';
import type { ShareImage } from './share-image';

// One builder for every public page, so each carries the same set of tags: canonical, hreflang,
// feed links, Open Graph and Twitter card.

const OG_LOCALES: Record<string, string> = { ar: 'ar_MA', fr: 'fr_MA', en: 'en_US' };

export type PageMetadataInput = {
  locale: string;
  /** The page's own path (from `paths`), which becomes its canonical URL. */
  path: string;
  title: string;
  /** Title without the site suffix, for Open Graph and Twitter. */
  socialTitle?: string;
  description?: string;
  siteName: string;
  /** The same page in other editions, by locale, when it exists there. */
  languages?: Record<string, string>;
  /** A section or author feed, besides the edition's own. */
  feedScope?: { scope: FeedScope; title: string };
  feedTitle: string;
  image?: ShareImage;
  article?: { publishedTime: string; modifiedTime: string; section: string; authors: string[]; tags: string[] };
  // article.authors are profile URLs, as Open Graph's article:author expects.
};

function feedLinks(locale: string, scope: FeedScope, title: string) {
  return {
    rss: { url: crawlerPaths.feed(locale, scope, 'rss'), title: `${title} (RSS)` },
    atom: { url: crawlerPaths.feed(locale, scope, 'atom'), title: `${title} (Atom)` },
  };
}

export function pageMetadata(input: PageMetadataInput): Metadata {
  const site = feedLinks(input.locale, { kind: 'site' }, input.feedTitle);
  const scoped = input.feedScope ? feedLinks(input.locale, input.feedScope.scope, input.feedScope.title) : null;
  const languages = input.languages
    ? { ...input.languages, 'x-default': input.languages[routing.defaultLocale] ?? input.path }
    : undefined;
  const socialTitle = input.socialTitle ?? input.title;
  const images = input.image ? [input.image] : undefined;
  return {
    title: input.title,
    description: input.description,
    alternates: {
      canonical: input.path,
      languages,
      types: {
        'application/rss+xml': [site.rss, ...(scoped ? [scoped.rss] : [])],
        'application/atom+xml': [site.atom, ...(scoped ? [scoped.atom] : [])],
      },
    },
    openGraph: {
      type: input.article ? 'article' : 'website',
      url: input.path,
      title: socialTitle,
      description: input.description,
      siteName: input.siteName,
      locale: OG_LOCALES[input.locale] ?? input.locale,
      alternateLocale: input.languages
        ? Object.keys(input.languages)
            .filter((locale) => locale !== input.locale)
            .map((locale) => OG_LOCALES[locale] ?? locale)
        : undefined,
      images,
      ...(input.article
        ? {
            publishedTime: input.article.publishedTime,
            modifiedTime: input.article.modifiedTime,
            section: input.article.section,
            authors: input.article.authors,
            tags: input.article.tags,
          }
        : {}),
    },
    // X reads the title, description and picture from the og: tags when its own are absent; only
    // the card's size and the picture's alt text have no og: counterpart it reads. Every tag here
    // is sent twice (in the head and in the page's flight data), on every page.
    twitter: {
      card: images ? 'summary_large_image' : 'summary',
      images: images?.map((image) => ({ url: image.url, alt: image.alt })),
    },
  };
}

/** Every edition's home page, for hreflang. */
export function homeLanguages(): Record<string, string> {
  return Object.fromEntries(routing.locales.map((locale) => [locale, pathTo('/', { locale })]));
}
