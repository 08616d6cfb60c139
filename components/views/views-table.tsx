import { getTranslations } from 'next-intl/server';
import { formatLocaleOf, type Locale } from '@/i18n/routing';
import { pathTo } from '@/lib/url-paths';
import type { StaffTopRow } from '@/lib/views/queries';

/** Ranked articles with their view counts, for the editors' stats page. */
export async function ViewsTable({ locale, edition, rows }: { locale: Locale; edition: Locale; rows: StaffTopRow[] }) {
  const t = await getTranslations({ locale, namespace: 'AdminStats' });
  const number = new Intl.NumberFormat(formatLocaleOf(locale));
  return (
    <table className="w-full border-collapse text-start">
      <thead>
        <tr className="border-b border-line">
          <th scope="col" className="p-2 text-start">{t('rank')}</th>
          <th scope="col" className="p-2 text-start">{t('article')}</th>
          <th scope="col" className="p-2 text-start">{t('views24h')}</th>
          <th scope="col" className="p-2 text-start">{t('views7d')}</th>
          <th scope="col" className="p-2 text-start">{t('viewsTotal')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={row.id} className="border-b border-line">
            <td className="p-2">{number.format(index + 1)}</td>
            <td className="p-2">
              <a href={pathTo({ pathname: '/news/[slug]', params: { slug: row.slug } }, { locale: edition })} className="hover:underline">
                <bdi>{row.title}</bdi>
              </a>
            </td>
            <td className="p-2">{number.format(row.day)}</td>
            <td className="p-2">{number.format(row.week)}</td>
            <td className="p-2">{number.format(row.total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
