/** Paths without the locale prefix, for next-intl's Link which adds it. */
export const localPaths = {
  home: () => '/',
  article: (slug: string) => `/news/${encodeURIComponent(slug)}`,
  comments: (slug: string) => `/news/${encodeURIComponent(slug)}/comments`,
  section: (slug: string) => `/section/${encodeURIComponent(slug)}`,
  author: (slug: string) => `/author/${encodeURIComponent(slug)}`,
  tag: (slug: string) => `/tag/${encodeURIComponent(slug)}`,
};
