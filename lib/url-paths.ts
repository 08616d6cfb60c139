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
};

/** Paths without the locale prefix, for next-intl's Link which adds it. */
export const localPaths = {
  home: () => '/',
  article: (slug: string) => `/news/${encodeURIComponent(slug)}`,
  comments: (slug: string) => `/news/${encodeURIComponent(slug)}/comments`,
  section: (slug: string) => `/section/${encodeURIComponent(slug)}`,
  author: (slug: string) => `/author/${encodeURIComponent(slug)}`,
  tag: (slug: string) => `/tag/${encodeURIComponent(slug)}`,
};
