import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { formatLocaleOf, type Locale } from '@/i18n/routing';
import type { StatusCounts } from '@/lib/articles/editor/types';
import { ARTICLE_STATUSES } from '@/lib/articles/status';
import { DashboardPanel } from './dashboard-panel';

/** Articles by status and comments awaiting moderation, each a link to the filtered list. */
export async function AtAGlance({ locale, counts, pendingComments }: { locale: Locale; counts: StatusCounts | null; pendingComments: number | null }) {
  const t = await getTranslations({ locale, namespace: 'Dashboard' });
  const number = new Intl.NumberFormat(formatLocaleOf(locale));
  const tiles = [
    ...(counts ? ARTICLE_STATUSES.map((status) => ({ key: status, label: t(`statuses.${status}`), count: counts[status], href: `/admin/articles?status=${status}` })) : []),
    ...(pendingComments === null ? [] : [{ key: 'pending', label: t('pendingComments'), count: pendingComments, href: '/admin/comments' }]),
  ];
  return (
    <DashboardPanel id="glance-title" heading={t('glance')}>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        {tiles.map((tile) => (
          <li key={tile.key}>
            <Link href={tile.href} data-testid={`glance-${tile.key}`} className="flex min-h-11 items-baseline justify-between gap-2 rounded bg-paper px-3 py-2 hover:bg-line">
              <span>{tile.label}</span>
              <strong className="text-xl">{number.format(tile.count)}</strong>
            </Link>
          </li>
        ))}
      </ul>
    </DashboardPanel>
  );
}
