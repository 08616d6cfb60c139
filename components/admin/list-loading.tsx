import { getTranslations } from 'next-intl/server';
import { ListSkeleton } from '@/components/ui/skeleton';

/**
 * What an admin list page shows while its rows load: its own heading at once (the same markup as
 * the page's, so nothing moves when the rows arrive) and grey rows below. Rendered inside the
 * panel layout, after its session check: someone signed out is sent to sign in before this shows.
 */
export async function AdminListLoading({ title, besideAButton = false }: { title: string; besideAButton?: boolean }) {
  const t = await getTranslations('Admin');
  return (
    <div className="flex flex-col gap-6">
      {/* A heading that shares its row with a 44 px button ("add") gets that row's height already. */}
      <h1 className={`text-2xl font-bold ${besideAButton ? 'flex min-h-11 items-center' : ''}`}>{title}</h1>
      <ListSkeleton label={t('loading')} />
    </div>
  );
}
