import { getLocale, getTranslations } from 'next-intl/server';
import { AdminListLoading } from '@/components/admin/list-loading';
import { getCurrentUser } from '@/lib/auth/session';

// In a route group of its own: a loading file beside the panel layout would stand in for every
// admin page. The greeting names the signed-in user (the session read is shared with the layout).
export default async function DashboardLoading() {
  const [t, user] = await Promise.all([getTranslations({ locale: await getLocale(), namespace: 'Admin' }), getCurrentUser()]);
  return <AdminListLoading title={t('welcome', { name: user?.name ?? '' })} />;
}
