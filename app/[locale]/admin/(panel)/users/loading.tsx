import { getTranslations } from 'next-intl/server';
import { AdminListLoading } from '@/components/admin/list-loading';
import { canManageUsers } from '@/lib/auth/permissions';

export default async function UsersLoading() {
  const t = await getTranslations('Users');
  return <AdminListLoading title={t('title')} allowed={canManageUsers} />;
}
