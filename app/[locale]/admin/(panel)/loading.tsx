import { useTranslations } from 'next-intl';

// Shown in the admin's main column while a screen's data loads (the nav and header stay): the
// shape of a list, so the editor sees where the rows will be instead of a blank wait.
export default function AdminLoading() {
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
