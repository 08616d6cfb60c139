import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import type { EditorOptions } from '@/lib/articles/editor/types';
import type { ArticleFilters } from '@/lib/articles/editor/schema';
import { ARTICLE_STATUSES } from '@/lib/articles/status';
import { SectionOptions } from '@/components/admin/section-options';
import { inputClass, Options } from '@/components/ui/input';
import { buttonClass } from '@/components/ui/button';

/** A plain GET form: the filters live in the URL, so a filtered list can be shared and reloaded. */
export async function ArticleFiltersForm({ locale, filters, options }: { locale: string; filters: ArticleFilters; options: EditorOptions }) {
  const t = await getTranslations({ locale: locale as 'ar', namespace: 'AdminArticles' });
  const tEditor = await getTranslations({ locale: locale as 'ar', namespace: 'ArticleEditor' });
  return (
    <form method="get" role="search" aria-label={t('filters')} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
      <label className="flex flex-col gap-1 lg:col-span-2">
        <span className="text-sm font-bold">{t('search')}</span>
        <input type="search" name="q" dir="auto" defaultValue={filters.q} className={inputClass} />
      </label>
      <FilterSelect name="status" label={tEditor('status')} value={filters.status} anyLabel={t('anyStatus')}>
        <Options options={ARTICLE_STATUSES.map((status) => ({ value: status, label: tEditor(`statuses.${status}`) }))} />
      </FilterSelect>
      <FilterSelect name="section" label={tEditor('section')} value={filters.section} anyLabel={t('anySection')}>
        <SectionOptions sections={options.sections} localeNames={Object.fromEntries(routing.locales.map((code) => [code, tEditor(`locales.${code}`)]))} />
      </FilterSelect>
      <FilterSelect name="author" label={tEditor('authors')} value={filters.author} anyLabel={t('anyAuthor')}>
        <Options options={options.authors.map((author) => ({ value: author.id, label: author.name }))} />
      </FilterSelect>
      <button type="submit" className={buttonClass('primary', 'sm:col-span-2 lg:col-span-5 lg:justify-self-start')}>
        {t('apply')}
      </button>
    </form>
  );
}

/** One filter: its label, and a list whose first choice (empty) filters nothing. */
function FilterSelect({ name, label, value, anyLabel, children }: { name: string; label: string; value: string | number | undefined; anyLabel: string; children: ReactNode }) {
  return (
    <label className="flex flex-col gap-1">
      <span className="text-sm font-bold">{label}</span>
      <select name={name} defaultValue={value ?? ''} className={inputClass}>
        <option value="">{anyLabel}</option>
        {children}
      </select>
    </label>
  );
}
