import { getTranslations } from 'next-intl/server';
import { AdminListLoading } from '@/components/admin/list-loading';
import { canModerate } from '@/lib/auth/permissions';

export default async function CommentsLoading() {
  const t = await getTranslations('CommentsAdmin');
  return <AdminListLoading title={t('title')} allowed={canModerate} />;
}
