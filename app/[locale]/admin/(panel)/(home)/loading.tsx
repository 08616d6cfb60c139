import { getLocale, getTranslations } from 'next-intl/server';
import { AdminListLoading } from '@/components/admin/list-loading';
import { requireStaffPage } from '@/lib/auth/guard';

// In a route group of its own: a loading file beside the panel layout would stand in for every
// admin page. The greeting names the user the layout has already checked (the read is cached).
export default async function DashboardLoading() {
  const user = await requireStaffPage(await getLocale());
  const t = await getTranslations('Admin');
  return <AdminListLoading title={t('welcome', { name: user.name })} />;
}
