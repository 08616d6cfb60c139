import { getLocale, getTranslations } from 'next-intl/server';
import { ListSkeleton } from '@/components/ui/skeleton';
import { requireStaffPage } from '@/lib/auth/guard';
import type { SessionUser } from '@/lib/auth/roles';

/**
 * What an admin list page shows while its rows load: its own heading at once (the same markup as
 * the page's, so nothing moves when the rows arrive) and grey rows below. Next renders a loading
 * file alongside the panel layout rather than after it, so the session is checked here too (the
 * read is shared with the layout's): someone signed out is sent to sign in, never sent a skeleton.
 * The page's own permission is checked here too (`allowed`): once the skeleton is sent the answer
 * is a 200, and the page's 404 for a user without it would come too late.
 */
export async function AdminListLoading({ title, besideAButton = false, allowed }: { title: string; besideAButton?: boolean; allowed?: (user: SessionUser) => boolean }) {
  const locale = await getLocale();
  await requireStaffPage(locale, allowed);
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return (
    <div className="flex flex-col gap-6">
      {/* A heading that shares its row with a 44 px button ("add") gets that row's height already. */}
      <h1 className={`text-2xl font-bold ${besideAButton ? 'flex min-h-11 items-center' : ''}`}>{title}</h1>
      <ListSkeleton label={t('loading')} />
    </div>
  );
}
