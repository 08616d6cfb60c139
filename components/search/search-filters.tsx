import { Options } from '@/components/ui/input';
import type { Locale } from '@/i18n/routing';
import type { SearchParams } from '@/lib/search/schema';
import type { SectionSummary } from '@/lib/sections/types';
import { pathTo } from '@/lib/url-paths';

type Labels = { label: string; submit: string; filters: string; section: string; allSections: string; from: string; to: string };

/** The query with its filters, as one GET form: works without JavaScript, state stays in the URL. */
export function SearchFilters({ locale, params, sections, labels }: {
  locale: Locale; params: SearchParams; sections: SectionSummary[]; labels: Labels;
}) {
  const field = 'min-h-11 rounded border border-line bg-white px-3';
  return (
    <form role="search" aria-label={labels.filters} method="get" action={pathTo('/search', { locale })} className="mb-6 flex flex-col gap-3">
      <div className="flex gap-2">
        <label htmlFor="search-q" className="sr-only">
          {labels.label}
        </label>
        <input id="search-q" type="search" name="q" defaultValue={params.q} maxLength={200} className={`${field} min-w-0 flex-1`} />
        <button type="submit" className="min-h-11 rounded bg-accent-dark px-4 font-bold text-white">
          {labels.submit}
        </button>
      </div>
      <fieldset className="flex flex-wrap items-end gap-3 text-sm">
        <legend className="mb-1 font-bold">{labels.filters}</legend>
        <label className="flex flex-col gap-1">
          {labels.section}
          <select name="section" defaultValue={params.section ?? ''} className={field}>
            <option value="">{labels.allSections}</option>
            <Options options={sections.map((section) => ({ value: section.slug, label: section.name }))} />
          </select>
        </label>
        <label className="flex flex-col gap-1">
          {labels.from}
          <input type="date" name="from" defaultValue={params.from ?? ''} className={field} />
        </label>
        <label className="flex flex-col gap-1">
          {labels.to}
          <input type="date" name="to" defaultValue={params.to ?? ''} className={field} />
        </label>
      </fieldset>
    </form>
  );
}
