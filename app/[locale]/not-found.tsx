import { getLocale, getTranslations } from 'next-intl/server';
import { ArticleList } from '@/components/articles/article-list';
import { SearchForm } from '@/components/layout/header-search';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { listLatestArticles } from '@/lib/articles/queries';

// Rendered with status 404 for missing articles, sections, authors, tags and unknown paths. It
// replaces the site layout, so it brings the header and footer back itself, and offers a way on:
// a search box and the latest articles.
export default async function LocaleNotFound() {
  const locale = (await getLocale()) as Locale;
  const [t, tLayout, tHome, latest] = await Promise.all([
    getTranslations({ locale, namespace: 'NotFound' }),
    getTranslations({ locale, namespace: 'Layout' }),
    getTranslations({ locale, namespace: 'Home' }),
    listLatestArticles(locale, 3),
  ]);
  return (
    <>
      <SiteHeader locale={locale} />
      <main id="content" tabIndex={-1} className="mx-auto flex w-full max-w-6xl flex-col gap-10 px-4 py-10 focus:outline-none">
        <div className="mx-auto flex max-w-xl flex-col items-center gap-6 text-center">
          <h1 className="text-3xl font-bold">{t('title')}</h1>
          <p className="text-muted">{t('description')}</p>
          <SearchForm
            locale={locale}
            id="not-found-search"
            labels={{ search: tLayout('search'), searchLabel: tLayout('searchLabel'), searchPlaceholder: tLayout('searchPlaceholder'), openSearch: tLayout('openSearch') }}
          />
          <Link href="/" className="inline-flex min-h-11 items-center rounded bg-ink px-5 font-bold text-white hover:bg-accent-dark">
            {t('backHome')}
          </Link>
        </div>
        {latest.length ? (
          <section aria-labelledby="not-found-latest">
            <h2 id="not-found-latest" className="mb-4 border-b-2 border-accent pb-1 text-xl font-bold">
              {tHome('latest')}
            </h2>
            <ArticleList locale={locale} articles={latest} headingLevel={3} />
          </section>
        ) : null}
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
