import { getLocale, getTranslations } from 'next-intl/server';
import { SearchForm } from '@/components/layout/header-search';

// The site's 404 (missing articles, sections, authors, tags and unknown paths), inside the site
// layout so the header (with its home link) and footer stay, with a search box. Next renders this fallback into every
// page's payload, so it stays small (a list of latest articles here weighed on every article page),
// and its look is in globals.css (.not-found).
export default async function SiteNotFound() {
  const locale = await getLocale();
  const [t, tLayout] = await Promise.all([
    getTranslations({ locale, namespace: 'NotFound' }),
    getTranslations({ locale, namespace: 'Layout' }),
  ]);
  return (
    <div className="not-found">
      <h1>{t('title')}</h1>
      <p>{t('description')}</p>
      <SearchForm
        locale={locale}
        id="not-found-search"
        labels={{ search: tLayout('search'), searchLabel: tLayout('searchLabel'), searchPlaceholder: tLayout('searchPlaceholder'), openSearch: tLayout('openSearch') }}
      />
    </div>
  );
}
