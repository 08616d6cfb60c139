import { getTranslations } from 'next-intl/server';
import { AuditSentence } from '@/components/admin/audit/audit-sentence';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { AuditRow } from '@/lib/audit/types';
import { formatDateTime } from '@/lib/utils/dates';
import { DashboardPanel } from './dashboard-panel';

export async function RecentActivity({ locale, rows }: { locale: Locale; rows: AuditRow[] }) {
  const t = await getTranslations({ locale, namespace: 'Dashboard' });
  return (
    <DashboardPanel id="activity-title" heading={t('activity')}>
      {rows.length ? (
        <ul className="flex flex-col gap-2">
          {rows.map((row) => (
            <li key={row.id} className="flex flex-col">
              <span>
                <AuditSentence locale={locale} row={row} />
              </span>
              <time dateTime={row.createdAt} className="text-sm text-muted">
                {formatDateTime(locale, row.createdAt)}
              </time>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-muted">{t('noActivity')}</p>
      )}
      <Link href="/admin/audit" className="mt-3 inline-flex min-h-11 items-center underline">
        {t('allActivity')}
      </Link>
    </DashboardPanel>
  );
}
