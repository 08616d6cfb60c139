import { getTranslations } from 'next-intl/server';
import { AdminListLoading } from '@/components/admin/list-loading';
import { canManageTaxonomy } from '@/lib/auth/permissions';

export default async function AuthorsLoading() {
  const t = await getTranslations('Taxonomy');
  return <AdminListLoading title={t('authors')} allowed={canManageTaxonomy} besideAButton />;
}
