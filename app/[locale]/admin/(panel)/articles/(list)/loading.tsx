import { getTranslations } from 'next-intl/server';
import { AdminListLoading } from '@/components/admin/list-loading';
import { canWriteArticles } from '@/lib/auth/permissions';

// In a route group of its own so that an article's edit and revision pages, under this
// segment, do not get the list's skeleton.
export default async function ArticlesLoading() {
  const t = await getTranslations('AdminArticles');
  return <AdminListLoading title={t('title')} allowed={canWriteArticles} besideAButton />;
}
