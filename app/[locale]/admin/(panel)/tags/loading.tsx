import { getTranslations } from 'next-intl/server';
import { AdminListLoading } from '@/components/admin/list-loading';
import { canManageTaxonomy } from '@/lib/auth/permissions';

export default async function TagsLoading() {
  const t = await getTranslations('Taxonomy');
  return <AdminListLoading title={t('tags')} allowed={canManageTaxonomy} />;
}
