import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { AdminArticleRow } from '@/lib/articles/admin-types';
import { formatDateTime } from '@/lib/utils/dates';

/** The newsroom's article list; on narrow screens it scrolls sideways rather than squeezing. */
export async function ArticleTable({ locale, rows }: { locale: Locale; rows: AdminArticleRow[] }) {
  const t = await getTranslations({ locale, namespace: 'AdminArticles' });
  const tEditor = await getTranslations({ locale, namespace: 'ArticleEditor' });
  const number = new Intl.NumberFormat(locale === 'ar' ? 'ar-MA' : locale);
  if (!rows.length) return <p className="text-muted">{t('empty')}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] border-collapse text-start">
        <thead>
          <tr className="border-b-2 border-ink text-start text-sm">
            <th scope="col" className="p-2 text-start">{t('columns.title')}</th>
            <th scope="col" className="p-2 text-start">{t('columns.status')}</th>
            <th scope="col" className="p-2 text-start">{t('columns.section')}</th>
            <th scope="col" className="p-2 text-start">{t('columns.authors')}</th>
            <th scope="col" className="p-2 text-start">{t('columns.updated')}</th>
            <th scope="col" className="p-2 text-start">{t('columns.views')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-line align-top">
              <td className="p-2">
                <Link href={`/admin/articles/${row.id}`} className="font-bold underline-offset-4 hover:underline">
                  <bdi>{row.title}</bdi>
                </Link>
                {row.lockedBy ? <p className="text-sm text-accent-dark">{t('lockedBy', { name: row.lockedBy })}</p> : null}
              </td>
              <td className="p-2">{tEditor(`statuses.${row.status}`)}</td>
              <td className="p-2">{row.section}</td>
              <td className="p-2">
                {row.authors.map((name, index) => (
                  <span key={name}>
                    {index ? '، ' : ''}
                    <bdi>{name}</bdi>
                  </span>
                ))}
              </td>
              <td className="p-2 text-sm">
                <time dateTime={row.updatedAt}>{formatDateTime(locale, row.updatedAt)}</time>
              </td>
              <td className="p-2 text-sm tabular-nums">
                {row.views ? `${number.format(row.views.day)} / ${number.format(row.views.week)} / ${number.format(row.views.total)}` : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
