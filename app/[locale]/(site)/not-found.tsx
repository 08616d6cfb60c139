import { getLocale, getTranslations } from 'next-intl/server';
import { SearchForm } from '@/components/layout/header-search';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { listLatestHeadlines } from '@/lib/articles/queries';
import { localPaths } from '@/lib/urls';

// The site's 404 (missing articles, sections, authors, tags and unknown paths), inside the site
// layout so the header and footer stay. It offers a way on: a search box and the latest titles.
// Next renders this fallback into every page's payload, so it stays small: titles, no cards.
export default async function SiteNotFound() {
  const locale = (await getLocale()) as Locale;
  const [t, tLayout, tHome, latest] = await Promise.all([
    getTranslations({ locale, namespace: 'NotFound' }),
    getTranslations({ locale, namespace: 'Layout' }),
    getTranslations({ locale, namespace: 'Home' }),
    listLatestHeadlines(locale, 5),
  ]);
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-8 py-6">
      <div className="flex flex-col items-center gap-5 text-center">
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
          <h2 id="not-found-latest" className="mb-2 border-b-2 border-accent pb-1 text-xl font-bold">
            {tHome('latest')}
          </h2>
          <ul>
            {latest.map((article) => (
              <li key={article.slug}>
                <Link href={localPaths.article(article.slug)} className="flex min-h-11 items-center hover:underline">
                  {article.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
