import { getTranslations } from 'next-intl/server';
import { AuditSentence } from '@/components/admin/audit/audit-sentence';
import { DataTable } from '@/components/ui/data-table';
import { pageParams } from '@/i18n/page-params';
import { listAuditLog } from '@/lib/audit/queries';
import { requireStaffPage } from '@/lib/auth/guard';
import { canManageTaxonomy } from '@/lib/auth/permissions';
import { formatDateTime } from '@/lib/utils/dates';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ article?: string }> };

export default async function AuditPage({ params, searchParams }: Props) {
  const { locale } = await pageParams(params);
  const user = await requireStaffPage(locale, canManageTaxonomy);
  const { article } = await searchParams;
  const articleId = article && /^\d{1,9}$/.test(article) ? Number(article) : undefined;
  const [t, rows] = await Promise.all([getTranslations({ locale, namespace: 'Audit' }), listAuditLog(user, { articleId })]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      {rows.length ? (
        <DataTable
          caption={t('title')}
          rows={rows}
          rowKey={(row) => row.id}
          columns={[
            { key: 'when', header: t('when'), cell: (row) => <time dateTime={row.createdAt}>{formatDateTime(locale, row.createdAt)}</time> },
            { key: 'what', header: t('what'), cell: (row) => <AuditSentence locale={locale} row={row} /> },
          ]}
        />
      ) : (
        <p>{t('empty')}</p>
      )}
    </div>
  );
}
