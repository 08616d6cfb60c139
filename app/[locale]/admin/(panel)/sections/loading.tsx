import { getTranslations } from 'next-intl/server';
import { AdminListLoading } from '@/components/admin/list-loading';

export default async function SectionsLoading() {
  const t = await getTranslations('Taxonomy');
  return <AdminListLoading title={t('sections')} besideAButton />;
}
