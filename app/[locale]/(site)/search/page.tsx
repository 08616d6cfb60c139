import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { SearchFilters } from '@/components/search/search-filters';
import { SearchResultList } from '@/components/search/search-results';
import { pageParams } from '@/i18n/page-params';
import { searchArticles } from '@/lib/search/queries';
import { parseSearchParams } from '@/lib/search/schema';
import { listSections } from '@/lib/sections/queries';

// Rendered for each request and never stored: one cache entry per distinct query would let
// anyone fill the cache. The proxy rate-limits searches per network address.
export const dynamic = 'force-dynamic';

// The query may be Latin inside Arabic (or the reverse): isolate it so punctuation stays put.
const isolate = (chunks: ReactNode) => <bdi>{chunks}</bdi>;

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await pageParams(params);
  const { q } = parseSearchParams(await searchParams);
  const [t, tMeta] = await Promise.all([
    getTranslations({ locale, namespace: 'Search' }),
    getTranslations({ locale, namespace: 'Metadata' }),
  ]);
  return {
    title: q ? t('documentTitle', { query: q }) : t('title'),
    description: t('description', { site: tMeta('siteName') }),
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await pageParams(params);
  const query = parseSearchParams(await searchParams);
  const [t, sections, results] = await Promise.all([
    getTranslations({ locale, namespace: 'Search' }),
    listSections(locale),
    query.q ? searchArticles(locale, query) : null,
  ]);
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-3xl font-bold">
        {query.q ? t.rich('titleWithQuery', { query: query.q, q: isolate }) : t('title')}
      </h1>
      <SearchFilters
        locale={locale}
        params={query}
        sections={sections}
        labels={{ label: t('label'), submit: t('submit'), filters: t('filters'), section: t('section'), allSections: t('allSections'), from: t('from'), to: t('to') }}
      />
      {!results ? (
        <section>
          <h2 className="mb-2 text-xl font-bold">{t('emptyTitle')}</h2>
          <p className="text-muted">{t('emptyHint')}</p>
        </section>
      ) : results.total === 0 ? (
        <section role="status">
          <h2 className="mb-2 text-xl font-bold">{t.rich('noResults', { query: query.q, q: isolate })}</h2>
          <p className="text-muted">{t('noResultsHint')}</p>
        </section>
      ) : (
        <SearchResultList locale={locale} params={query} results={results} />
      )}
    </div>
  );
}
