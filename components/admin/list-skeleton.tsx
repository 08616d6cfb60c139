import { useTranslations } from 'next-intl';

// Shown in the admin's main column while a list's data loads (the nav and header stay): the
// shape of a list, so the editor sees where the rows will be instead of a blank wait. Only the
// article and comment lists have it (their `loading.tsx`): a loading boundary starts the answer
// before the page runs, so a role the page then refuses gets its not-found page with status 200
// (noindex, like all the admin), and the role-gated screens (users, import, sections…) keep a real 404.
export function AdminListSkeleton() {
  const t = useTranslations('Admin');
  return (
    <div className="flex flex-col gap-4" aria-busy="true">
      <p role="status" className="text-sm text-muted">
        {t('loadingList')}
      </p>
      <div className="h-8 w-48 motion-safe:animate-pulse rounded bg-line" />
      <div className="flex flex-col gap-2">
        {Array.from({ length: 8 }, (_, row) => (
          <div key={row} className="h-10 motion-safe:animate-pulse rounded bg-line/60" />
        ))}
      </div>
    </div>
  );
}
