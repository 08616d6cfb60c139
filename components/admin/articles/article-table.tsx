import { getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/ui/data-table';
import { Link } from '@/i18n/navigation';
import { pathTo } from '@/lib/url-paths';
import type { Locale } from '@/i18n/routing';
import type { AdminArticleRow } from '@/lib/articles/editor/types';
import { formatDateTime } from '@/lib/utils/dates';

/** The newsroom's article list; section, authors and views are left out below 1024 px. */
export async function ArticleTable({ locale, rows }: { locale: Locale; rows: AdminArticleRow[] }) {
  const t = await getTranslations({ locale, namespace: 'AdminArticles' });
  const tEditor = await getTranslations({ locale, namespace: 'ArticleEditor' });
  const number = new Intl.NumberFormat(locale === 'ar' ? 'ar-MA' : locale);
  if (!rows.length) return <p className="text-muted">{t('empty')}</p>;
  return (
    <DataTable
      caption={t('title')}
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        {
          key: 'title',
          header: t('columns.title'),
          cell: (row) => (
            <>
              <Link href={pathTo({ pathname: '/admin/articles/[id]', params: { id: row.id } })} className="font-bold underline-offset-4 hover:underline">
                <bdi>{row.title}</bdi>
              </Link>
              {row.lockedBy ? <p className="text-sm text-accent-dark">{t('lockedBy', { name: row.lockedBy })}</p> : null}
            </>
          ),
        },
        { key: 'status', header: t('columns.status'), cell: (row) => tEditor(`statuses.${row.status}`) },
        { key: 'section', header: t('columns.section'), cell: (row) => row.section, secondary: true },
        {
          key: 'authors',
          header: t('columns.authors'),
          secondary: true,
          cell: (row) =>
            row.authors.map((name, index) => (
              <span key={name}>
                {index ? '، ' : ''}
                <bdi>{name}</bdi>
              </span>
            )),
        },
        {
          key: 'updated',
          header: t('columns.updated'),
          cell: (row) => <time dateTime={row.updatedAt}>{formatDateTime(locale, row.updatedAt)}</time>,
        },
        {
          key: 'views',
          header: t('columns.views'),
          secondary: true,
          cell: (row) => (
            <span className="tabular-nums">
              {row.views ? `${number.format(row.views.day)} / ${number.format(row.views.week)} / ${number.format(row.views.total)}` : '—'}
            </span>
          ),
        },
      ]}
    />
  );
}
