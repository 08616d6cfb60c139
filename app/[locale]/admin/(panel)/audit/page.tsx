import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { Locale } from '@/i18n/routing';
import { listAuditLog } from '@/lib/audit/queries';
import { requireStaffPage } from '@/lib/auth/guard';
import { canManageTaxonomy } from '@/lib/auth/permissions';
import { formatDateTime } from '@/lib/utils/dates';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ article?: string }> };

export default async function AuditPage({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const user = await requireStaffPage(locale);
  if (!canManageTaxonomy(user)) notFound();
  const { article } = await searchParams;
  const articleId = article && /^\d{1,9}$/.test(article) ? Number(article) : undefined;
  const [t, rows] = await Promise.all([getTranslations({ locale, namespace: 'Audit' }), listAuditLog(user, { articleId })]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      {rows.length ? (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[36rem] border-collapse">
            <thead>
              <tr className="border-b-2 border-ink text-sm">
                <th scope="col" className="p-2 text-start">{t('when')}</th>
                <th scope="col" className="p-2 text-start">{t('who')}</th>
                <th scope="col" className="p-2 text-start">{t('what')}</th>
                <th scope="col" className="p-2 text-start">{t('target')}</th>
                <th scope="col" className="p-2 text-start">{t('detail')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-line text-sm">
                  <td className="p-2"><time dateTime={row.createdAt}>{formatDateTime(locale, row.createdAt)}</time></td>
                  <td className="p-2"><bdi>{row.user}</bdi></td>
                  <td className="p-2" dir="ltr">{row.action}</td>
                  <td className="p-2" dir="ltr">{row.targetType} #{row.targetId}</td>
                  <td className="p-2"><bdi>{row.detail}</bdi></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('empty')}</p>
      )}
    </div>
  );
}
