import { getTranslations } from 'next-intl/server';
import { ArticleFiltersForm } from '@/components/admin/articles/article-filters';
import { ArticleTable } from '@/components/admin/articles/article-table';
import { Link } from '@/i18n/navigation';
import { pageParams } from '@/i18n/page-params';
import { getEditorOptions, listAdminArticles } from '@/lib/articles/editor/queries';
import { articleFilters } from '@/lib/articles/editor/schema';
import { requireStaffPage } from '@/lib/auth/guard';
import { canWriteArticles } from '@/lib/auth/permissions';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ArticlesPage({ params, searchParams }: Props) {
  const { locale } = await pageParams(params);
  const user = await requireStaffPage(locale, canWriteArticles);
  const raw = await searchParams;
  const filters = articleFilters.parse(Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value || undefined])));
  const [t, list, options] = await Promise.all([
    getTranslations({ locale, namespace: 'AdminArticles' }),
    listAdminArticles(user, filters),
    getEditorOptions(user),
  ]);
  const pageHref = (page: number) => ({ pathname: '/admin/articles', query: { ...raw, page: String(page) } as Record<string, string> });
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <Link href="/admin/articles/new" className="min-h-11 rounded bg-accent px-4 py-2 font-bold text-white">
          {t('new')}
        </Link>
      </div>
      <ArticleFiltersForm locale={locale} filters={filters} options={options} />
      <p className="text-sm text-muted" role="status">
        {t('count', { count: list.total })}
      </p>
      <ArticleTable locale={locale} rows={list.rows} />
      <nav className="flex gap-4" aria-label={t('title')}>
        {filters.page > 1 ? <Link href={pageHref(filters.page - 1)}>{t('previous')}</Link> : null}
        {filters.page < list.pageCount ? <Link href={pageHref(filters.page + 1)}>{t('next')}</Link> : null}
      </nav>
    </div>
  );
}
