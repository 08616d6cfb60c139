import { getPublishedArticle, listAuthorArticles, listLatestArticles, listRelatedArticles, listSectionArticles, listTagArticles } from '@/lib/articles/queries';
import { listSectionBlocks } from '@/lib/articles/section-blocks';
import { countApprovedComments } from '@/lib/comments/queries';
import { db, isPostgres } from '@/lib/db';
import { listSections } from '@/lib/sections/queries';
import { articleSitemapBatch, listArticleChunks } from '@/lib/sitemaps/queries';
import { rankWithFallback } from '@/lib/views/ranking';

// The reads each public page makes when it renders without a cache, grouped by page: the query
// plan test checks every statement they send, the scale bench times them on the demo and on
// 100,000 articles. The largest section, tag and author are picked, the worst case of each page.

export type HotTargets = { locale: string; articleSlug: string; section: string; deepPage: number; tag: string; author: string };

/**
 * The seed article and the section, tag and author with the most published articles. `deepPage`
 * is page 500 of that section, or its last page when it has fewer: the demo's section ends near
 * page 1, and a page past the end reads no articles at all, which is no yardstick for one that does.
 */
export async function findTargets(locale = 'ar'): Promise<HotTargets> {
  const largest = async (sql: string) =>
    (await db.$queryRawUnsafe<{ slug: string }[]>(isPostgres() ? sql : sql.replace('$1', '?'), locale))[0]?.slug ?? '';
  const [article, section, tag, author] = await Promise.all([
    db.article.findFirst({ where: { locale, status: 'published' }, orderBy: { id: 'asc' }, select: { slug: true } }),
    largest(`SELECT s."slug" FROM "Section" s JOIN "Article" a ON a."sectionId" = s."id" WHERE a."locale" = $1 GROUP BY s."slug" ORDER BY COUNT(*) DESC LIMIT 1`),
    largest(`SELECT t."slug" FROM "Tag" t JOIN "ArticleTag" x ON x."tagId" = t."id" JOIN "Article" a ON a."id" = x."articleId" WHERE a."locale" = $1 GROUP BY t."slug" ORDER BY COUNT(*) DESC LIMIT 1`),
    largest(`SELECT w."slug" FROM "Author" w JOIN "ArticleAuthor" x ON x."authorId" = w."id" JOIN "Article" a ON a."id" = x."articleId" WHERE a."locale" = $1 GROUP BY w."slug" ORDER BY COUNT(*) DESC LIMIT 1`),
  ]);
  const deepPage = Math.max(1, Math.min(500, (await listSectionArticles(locale, section, 1)).pageCount));
  return { locale, articleSlug: article?.slug ?? '', section, deepPage, tag, author };
}

export function hotReads(t: HotTargets): Record<string, () => Promise<unknown>> {
  return {
    home: () => Promise.all([listLatestArticles(t.locale, 7), listSections(t.locale), listSectionBlocks(t.locale, 4)]),
    article: async () => {
      const article = await getPublishedArticle(t.locale, t.articleSlug);
      if (article) await Promise.all([countApprovedComments(article.id), listRelatedArticles(article)]);
    },
    'section page 1': () => listSectionArticles(t.locale, t.section, 1),
    'section page 500': () => listSectionArticles(t.locale, t.section, t.deepPage),
    tag: () => listTagArticles(t.locale, t.tag, 1),
    author: () => listAuthorArticles(t.locale, t.author, 1),
    'most viewed': () => Promise.all([rankWithFallback(t.locale, 'day', 5), rankWithFallback(t.locale, 'week', 5)]),
    // What a crawler's fetch reads when the sitemap caches are cold (right after a change).
    'sitemap index': () => listArticleChunks(),
    'article sitemap batch': () => articleSitemapBatch(1, 0),
  };
}
