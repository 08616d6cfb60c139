import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { ViewsTable } from '@/components/views/views-table';
import { Link } from '@/i18n/navigation';
import { pageParams } from '@/i18n/page-params';
import { routing } from '@/i18n/routing';
import { requireStaffPage } from '@/lib/auth/guard';
import { canSeeStats } from '@/lib/auth/permissions';
import { listTopArticlesForStaff } from '@/lib/views/queries';

const WINDOWS = ['day', 'week', 'all'] as const;

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ window?: string; edition?: string }>;
};

/** Editors' top list: the most-viewed articles of an edition with their 24 h, 7 d and total views. */
export default async function StatsPage({ params, searchParams }: Props) {
  const { locale } = await pageParams(params);
  await requireStaffPage(locale, canSeeStats);
  const query = await searchParams;
  const window = WINDOWS.find((candidate) => candidate === query.window) ?? 'day';
  const edition = hasLocale(routing.locales, query.edition) ? query.edition : locale;
  const [t, rows] = await Promise.all([
    getTranslations({ locale, namespace: 'AdminStats' }),
    listTopArticlesForStaff(edition, window),
  ]);
  const linkClass = (on: boolean) => `rounded px-3 py-1 ${on ? 'bg-ink text-white' : 'hover:bg-line'}`;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <nav aria-label={t('edition')} className="flex flex-wrap gap-2">
        {routing.locales.map((candidate) => (
          <Link key={candidate} href={{ pathname: '/admin/stats', query: { window, edition: candidate } }} className={linkClass(candidate === edition)} aria-current={candidate === edition ? 'page' : undefined}>
            {t(`editions.${candidate}`)}
          </Link>
        ))}
      </nav>
      <nav aria-label={t('window')} className="flex flex-wrap gap-2">
        {WINDOWS.map((candidate) => (
          <Link key={candidate} href={{ pathname: '/admin/stats', query: { window: candidate, edition } }} className={linkClass(candidate === window)} aria-current={candidate === window ? 'page' : undefined}>
            {t(candidate)}
          </Link>
        ))}
      </nav>
      {rows.length ? <ViewsTable locale={locale} edition={edition} rows={rows} /> : <p className="text-muted">{t('empty')}</p>}
    </div>
  );
}
