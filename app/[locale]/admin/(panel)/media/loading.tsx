import { getTranslations } from 'next-intl/server';
import { AdminListLoading } from '@/components/admin/list-loading';

export default async function MediaLoading() {
  const t = await getTranslations('MediaLibrary');
  return <AdminListLoading title={t('title')} />;
}
