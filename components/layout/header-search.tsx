import type { Locale } from '@/i18n/routing';
import { pathTo } from '@/lib/url-paths';

type Labels = { search: string; searchLabel: string; searchPlaceholder: string; openSearch: string };

export function SearchForm({ locale, labels, id }: { locale: Locale; labels: Labels; id: string }) {
  return (
    <form role="search" aria-label={labels.searchLabel} method="get" action={pathTo('/search', { locale })} className="search-form">
      <label htmlFor={id} className="sr-only">
        {labels.searchLabel}
      </label>
      <input id={id} type="search" name="q" required maxLength={200} placeholder={labels.searchPlaceholder} />
      <button type="submit">{labels.search}</button>
    </form>
  );
}

/**
 * A plain GET form, so searching works without JavaScript. Desktop shows the field; a phone
 * shows a control that opens it (`<details>`, no script needed). One form for both: the toggle
 * only hides it on a phone (globals.css, .site-search), so the page carries it once.
 */
export function HeaderSearch({ locale, labels }: { locale: Locale; labels: Labels }) {
  return (
    <div className="site-search">
      <details>
        <summary>{labels.openSearch}</summary>
      </details>
      <SearchForm locale={locale} labels={labels} id="header-search" />
    </div>
  );
}
