import { useTranslations } from 'next-intl';

// Shown in the admin's main column while a list's data loads (the nav and header stay): the
// shape of a list, so the editor sees where the rows will be instead of a blank wait. Used as the
// `loading.tsx` of list segments only, each with its access check in the segment's layout: a
// loading boundary starts the answer early, and a page refused after that would be a 200, not a 404.
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
