import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import type { EditorOptions } from '@/lib/articles/editor/types';
import type { ArticleFilters } from '@/lib/articles/editor/schema';
import { ARTICLE_STATUSES } from '@/lib/articles/status';
import { SectionOptions } from '@/components/admin/section-options';
import { inputClass } from '@/components/ui/field';
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
      <label className="flex flex-col gap-1">
        <span className="text-sm font-bold">{tEditor('status')}</span>
        <select name="status" defaultValue={filters.status ?? ''} className={inputClass}>
          <option value="">{t('anyStatus')}</option>
          {ARTICLE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {tEditor(`statuses.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-sm font-bold">{tEditor('section')}</span>
        <select name="section" defaultValue={filters.section ?? ''} className={inputClass}>
          <option value="">{t('anySection')}</option>
          <SectionOptions sections={options.sections} localeNames={Object.fromEntries(routing.locales.map((code) => [code, tEditor(`locales.${code}`)]))} />
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-sm font-bold">{tEditor('authors')}</span>
        <select name="author" defaultValue={filters.author ?? ''} className={inputClass}>
          <option value="">{t('anyAuthor')}</option>
          {options.authors.map((author) => (
            <option key={author.id} value={author.id}>
              {author.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={buttonClass('primary', 'sm:col-span-2 lg:col-span-5 lg:justify-self-start')}>
        {t('apply')}
      </button>
    </form>
  );
}
