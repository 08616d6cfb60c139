import { getTranslations } from 'next-intl/server';
import { SiteLink } from '@/components/ui/site-link';
import type { Locale } from '@/i18n/routing';
import type { SearchParams } from '@/lib/search/schema';
import type { SearchResults } from '@/lib/search/types';
import { pathTo } from '@/lib/url-paths';
import { formatDate } from '@/lib/utils/dates';
import { Highlighted } from './highlighted';

function pageHref(locale: Locale, params: SearchParams, page: number): string {
  const query = new URLSearchParams({ q: params.q });
  if (params.section) query.set('section', params.section);
  if (params.from) query.set('from', params.from);
  if (params.to) query.set('to', params.to);
  if (page > 1) query.set('page', String(page));
  return `${pathTo('/search', { locale })}?${query}`;
}

/** Ranked hits with their section, date and highlighted passage, then previous/next links. */
export async function SearchResultList({ locale, params, results }: { locale: Locale; params: SearchParams; results: SearchResults }) {
  const [t, tListing] = await Promise.all([
    getTranslations({ locale, namespace: 'Search' }),
    getTranslations({ locale, namespace: 'Listing' }),
  ]);
  const link = 'rounded border border-line px-3 py-2';
  return (
    <>
      <p className="mb-4 text-sm text-muted" role="status">
        {results.capped ? t('countCapped', { count: results.total }) : t('count', { count: results.total })}
      </p>
      {results.hits.length === 0 ? (
        <p className="mb-6">
          <a href={pageHref(locale, params, 1)} className="underline">
            {t('pastLastPage')}
          </a>
        </p>
      ) : (
        <ol aria-label={t('results')} className="flex flex-col gap-6">
          {results.hits.map((hit) => (
            <li key={hit.id}>
              <article className="flex flex-col gap-1 border-b border-line pb-5">
                <SiteLink href={pathTo({ pathname: '/section/[slug]', params: { slug: hit.section.slug } }, { encoding: 'readable' })} className="text-sm font-bold text-accent-dark">
                  {hit.section.name}
                </SiteLink>
                <h2 className="text-lg font-bold leading-snug">
                  <SiteLink href={pathTo({ pathname: '/news/[slug]', params: { slug: hit.slug } }, { encoding: 'readable' })} className="hover:underline">
                    <Highlighted segments={hit.title} />
                  </SiteLink>
                </h2>
                {hit.snippet.length ? (
                  <p className="text-muted" dir="auto">
                    <Highlighted segments={hit.snippet} />
                  </p>
                ) : null}
                <time dateTime={hit.publishedAt} className="text-sm text-muted">
                  {formatDate(locale, hit.publishedAt)}
                </time>
              </article>
            </li>
          ))}
        </ol>
      )}
      {results.pageCount > 1 ? (
        <nav aria-label={tListing('pagination')} className="mt-8 flex items-center justify-between gap-4">
          {results.page > 1 && results.page <= results.pageCount ? (
            <a href={pageHref(locale, params, results.page - 1)} rel="prev" className={link}>
              {tListing('previous')}
            </a>
          ) : (
            <span />
          )}
          <span className="text-sm text-muted">{tListing('pageOf', { page: results.page, count: results.pageCount })}</span>
          {results.page < results.pageCount ? (
            <a href={pageHref(locale, params, results.page + 1)} rel="next" className={link}>
              {tListing('next')}
            </a>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </>
  );
}
