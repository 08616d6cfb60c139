import { getTranslations } from 'next-intl/server';
import { AdminListLoading } from '@/components/admin/list-loading';
import { canManageTaxonomy } from '@/lib/auth/permissions';

export default async function AuditLoading() {
  const t = await getTranslations('Audit');
  return <AdminListLoading title={t('title')} allowed={canManageTaxonomy} />;
}
