// One tag per domain object; reads declare them and mutations revalidate exactly these.
export const TAGS = {
  articles: 'articles',
  article: (id: number) => `article:${id}`,
  section: (slug: string) => `section:${slug}`,
  author: (slug: string) => `author:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
  home: (locale: string) => `home:${locale}`,
  mostViewed: 'most-viewed',
  comments: (articleId: number) => `comments:${articleId}`,
} as const;
