import type { Locale } from '@/i18n/routing';
import { pathTo } from '@/lib/url-paths';

type Labels = { search: string; searchLabel: string; searchPlaceholder: string; openSearch: string };

export function SearchForm({ locale, labels, id }: { locale: Locale; labels: Labels; id: string }) {
  return (
    <form role="search" aria-label={labels.searchLabel} method="get" action={pathTo('/search', { locale })} className="flex gap-2">
      <label htmlFor={id} className="sr-only">
        {labels.searchLabel}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        required
        maxLength={200}
        placeholder={labels.searchPlaceholder}
        className="min-h-11 w-full min-w-0 rounded border border-line bg-white px-3 md:w-56"
      />
      <button type="submit" className="min-h-11 rounded bg-accent-dark px-4 font-bold text-white">
        {labels.search}
      </button>
    </form>
  );
}

/**
 * A plain GET form, so searching works without JavaScript. Desktop shows the field; a phone
 * shows a control that opens it (`<details>`, no script needed).
 */
export function HeaderSearch({ locale, labels }: { locale: Locale; labels: Labels }) {
  return (
    <>
      <div className="hidden md:block">
        <SearchForm locale={locale} labels={labels} id="header-search-wide" />
      </div>
      <details className="group md:hidden">
        <summary className="flex min-h-11 cursor-pointer list-none items-center rounded border border-line px-3 text-sm">
          {labels.openSearch}
        </summary>
        <div className="absolute inset-x-0 z-20 mt-2 border-b border-line bg-white px-4 py-3">
          <SearchForm locale={locale} labels={labels} id="header-search-narrow" />
        </div>
      </details>
    </>
  );
}
