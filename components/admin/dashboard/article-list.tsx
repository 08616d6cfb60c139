import { Link } from '@/i18n/navigation';
import { pathTo } from '@/lib/url-paths';
import { directionOf, type Locale } from '@/i18n/routing';
import type { DashboardArticle } from '@/lib/articles/editor/types';
import { formatDateTime } from '@/lib/utils/dates';
import { DashboardPanel } from './dashboard-panel';

/** A short list of articles with one date each (last change, or the time it goes live). */
export function DashboardArticleList({
  id,
  title,
  empty,
  locale,
  articles,
  date,
}: {
  id: string;
  title: string;
  empty: string;
  locale: Locale;
  articles: DashboardArticle[];
  date: 'updatedAt' | 'publishedAt';
}) {
  return (
    <DashboardPanel id={id} heading={title}>
      {articles.length ? (
        <ul className="flex flex-col divide-y divide-line">
          {articles.map((article) => {
            const when = article[date];
            return (
              <li key={article.id} className="flex flex-wrap items-baseline justify-between gap-x-3 py-2">
                <Link href={pathTo({ pathname: '/admin/articles/[id]', params: { id: article.id } })} className="min-h-11 py-2 font-bold underline" lang={article.locale} dir={directionOf(article.locale as Locale)}>
                  {article.title}
                </Link>
                {when ? (
                  <time dateTime={when} className="text-sm text-muted">
                    {formatDateTime(locale, when)}
                  </time>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-muted">{empty}</p>
      )}
    </DashboardPanel>
  );
}
