import { getTranslations } from 'next-intl/server';
import { SiteLink } from '@/components/ui/site-link';
import type { Locale } from '@/i18n/routing';

/** Previous/next links; page N lives at `${basePath}/N` so each page is cached on its own. */
export async function Pagination({ locale, basePath, page, pageCount }: {
  locale: Locale; basePath: string; page: number; pageCount: number;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations({ locale, namespace: 'Listing' });
  const hrefFor = (target: number) => (target === 1 ? basePath : `${basePath}/${target}`);
  return (
    <nav aria-label={t('pagination')} className="mt-8 flex items-center justify-between gap-4">
      {page > 1 ? (
        <SiteLink href={hrefFor(page - 1)} rel="prev" className="tap rounded border border-line px-3">
          {t('previous')}
        </SiteLink>
      ) : (
        <span />
      )}
      <span className="text-sm text-muted">{t('pageOf', { page, count: pageCount })}</span>
      {page < pageCount ? (
        <SiteLink href={hrefFor(page + 1)} rel="next" className="tap rounded border border-line px-3">
          {t('next')}
        </SiteLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
