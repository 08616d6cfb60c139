import { getTranslations } from 'next-intl/server';
import { AdminListLoading } from '@/components/admin/list-loading';
import { canUploadMedia } from '@/lib/auth/permissions';

export default async function MediaLoading() {
  const t = await getTranslations('MediaLibrary');
  return <AdminListLoading title={t('title')} allowed={canUploadMedia} />;
}
