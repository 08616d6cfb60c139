import { getTranslations } from 'next-intl/server';
import { AdminListLoading } from '@/components/admin/list-loading';
import { canSeeStats } from '@/lib/auth/permissions';

export default async function StatsLoading() {
  const t = await getTranslations('AdminStats');
  return <AdminListLoading title={t('title')} allowed={canSeeStats} />;
}
