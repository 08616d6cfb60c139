import { getTranslations } from 'next-intl/server';
import { AdminListLoading } from '@/components/admin/list-loading';

export default async function AuthorsLoading() {
  const t = await getTranslations('Taxonomy');
  return <AdminListLoading title={t('authors')} besideAButton />;
}
