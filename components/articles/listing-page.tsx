import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { MostViewed } from '@/components/views/most-viewed';
import type { Locale } from '@/i18n/routing';
import type { ArticleCard, Page } from '@/lib/articles/types';
import { ArticleList } from './article-list';
import { Breadcrumbs } from './breadcrumbs';
import { Pagination } from './pagination';

/** Section, author and tag pages: a heading, optional intro, a paged list and the sidebar. */
export async function ListingPage({ locale, title, intro, page, basePath }: {
  locale: Locale; title: string; intro?: ReactNode; page: Page<ArticleCard>; basePath: string;
}) {
  const [t, tLayout] = await Promise.all([
    getTranslations({ locale, namespace: 'Article' }),
    getTranslations({ locale, namespace: 'Layout' }),
  ]);
  return (
    <div className="grid gap-10 lg:grid-cols-[1fr_20rem]">
      <div className="min-w-0">
        <Breadcrumbs label={t('breadcrumbs')} items={[{ name: tLayout('home'), href: '/' }, { name: title }]} />
        <h1 className="mb-4 text-3xl font-bold">{title}</h1>
        {intro}
        <ArticleList locale={locale} articles={page.items} />
        <Pagination locale={locale} basePath={basePath} page={page.page} pageCount={page.pageCount} />
      </div>
      <aside className="min-w-0">
        <MostViewed locale={locale} />
      </aside>
    </div>
  );
}
