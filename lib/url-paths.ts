// Site paths that need no configuration, so client components can build links without
// pulling the validated environment (and its schema library) into the browser.

export const paths = {
  home: (locale: string) => `/${locale}`,
  article: (locale: string, slug: string) => `/${locale}/news/${encodeURIComponent(slug)}`,
  comments: (locale: string, slug: string) => `/${locale}/news/${encodeURIComponent(slug)}/comments`,
  section: (locale: string, slug: string) => `/${locale}/section/${encodeURIComponent(slug)}`,
  author: (locale: string, slug: string) => `/${locale}/author/${encodeURIComponent(slug)}`,
  tag: (locale: string, slug: string) => `/${locale}/tag/${encodeURIComponent(slug)}`,
  search: (locale: string) => `/${locale}/search`,
  preview: (locale: string) => `/${locale}/preview`,
  admin: (locale: string) => `/${locale}/admin`,
  signIn: (locale: string) => `/${locale}/admin/login`,
  adminArticle: (locale: string, id: number | string) => `/${locale}/admin/articles/${id}`,
  adminComments: (locale: string) => `/${locale}/admin/comments`,
  adminUsers: (locale: string) => `/${locale}/admin/users`,
  adminMedia: (locale: string) => `/${locale}/admin/media`,
  /** A path of `localPaths` (no locale prefix) in a given locale. */
  inLocale: (locale: string, path: string) => `/${locale}${path}`,
};

/**
 * A slug as written in an href inside our own pages: letters, digits and marks of any script stay
 * as they are, everything else is escaped. An Arabic letter is 2 bytes this way and 6 once
 * percent-encoded, and each link is sent twice (markup and flight data); the browser encodes the
 * path itself when it follows the link. Addresses for crawlers and other sites (canonical,
 * sitemaps, feeds, redirects) stay fully encoded through `paths`.
 */
const readable = (slug: string) => slug.replace(/[^\p{L}\p{N}\p{M}\-._~]/gu, (character) => encodeURIComponent(character));

/** Paths without the locale prefix, for the locale-aware Link which adds it. */
export const localPaths = {
  home: () => '/',
  article: (slug: string) => `/news/${readable(slug)}`,
  comments: (slug: string) => `/news/${readable(slug)}/comments`,
  section: (slug: string) => `/section/${readable(slug)}`,
  author: (slug: string) => `/author/${readable(slug)}`,
  tag: (slug: string) => `/tag/${readable(slug)}`,
};
