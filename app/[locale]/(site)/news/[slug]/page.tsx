import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleBody } from '@/components/articles/article-body';
import { ArticleHeader } from '@/components/articles/article-header';
import { Breadcrumbs } from '@/components/articles/breadcrumbs';
import { RelatedArticles } from '@/components/articles/related-articles';
import { ShareLinks } from '@/components/articles/share-links';
import { TagList } from '@/components/articles/tag-list';
import { CommentsEntry } from '@/components/comments/comments-entry';
import { JsonLd } from '@/components/seo/json-ld';
import { MostViewed } from '@/components/views/most-viewed';
import { ViewBeacon } from '@/components/views/view-beacon.client';
import { pageParams } from '@/i18n/page-params';
import { getPublishedArticle, getRedirectedSlug } from '@/lib/articles/queries';
import { parseSlug } from '@/lib/url-params';
import { articleMetadata, articleStructuredData } from '@/lib/seo/article';
import { getSiteLabels } from '@/lib/seo/labels';
import { absoluteUrl } from '@/lib/urls';
import { pathTo } from '@/lib/url-paths';

export const revalidate = 3600;

// Rendered on first request, then served from the cache until a change revalidates it.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

async function load(params: Props['params']) {
  const { locale, slug: raw } = await pageParams(params);
  const slug = parseSlug(raw);
  const article = slug ? await getPublishedArticle(locale, slug) : null;
  return { locale, slug, article };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, article } = await load(params);
  if (!article) return {};
  return articleMetadata(article, await getSiteLabels(locale));
}

export default async function ArticlePage({ params }: Props) {
  const { locale, slug, article } = await load(params);
  setRequestLocale(locale);
  if (!article) {
    const target = slug ? await getRedirectedSlug(locale, slug) : null;
    if (target) permanentRedirect(pathTo({ pathname: '/news/[slug]', params: { slug: target } }, { locale }));
    notFound();
  }
  const t = await getTranslations({ locale, namespace: 'Article' });
  const tLayout = await getTranslations({ locale, namespace: 'Layout' });
  const structuredData = articleStructuredData(article, await getSiteLabels(locale));

  return (
    // On a phone the columns dissolve (`contents`) so the most-viewed list follows the article
    // body, before comments and related articles; from lg up it is the side column again
    // (globals.css, .article-page).
    <div className="article-page">
      <div>
        <JsonLd data={structuredData} />
        <div>
          <Breadcrumbs
            label={t('breadcrumbs')}
            items={[
              { name: tLayout('home'), href: '/' },
              { name: article.section.name, href: pathTo({ pathname: '/section/[slug]', params: { slug: article.section.slug } }, { encoding: 'readable' }) },
              { name: article.title },
            ]}
          />
          <article>
            <ArticleHeader article={article} locale={locale} />
            <ArticleBody html={article.body} />
            <TagList locale={locale} tags={article.tags} />
            <ShareLinks locale={locale} url={absoluteUrl(pathTo({ pathname: '/news/[slug]', params: { slug: article.slug } }, { locale }))} title={article.title} />
          </article>
        </div>
        <ViewBeacon articleId={article.id} />
        <div>
          <CommentsEntry locale={locale} slug={article.slug} articleId={article.id} />
          <RelatedArticles locale={locale} article={article} />
        </div>
      </div>
      <aside>
        <MostViewed locale={locale} />
      </aside>
    </div>
  );
}
