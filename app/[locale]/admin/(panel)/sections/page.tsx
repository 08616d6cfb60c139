import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { TaxonomyForm, type TaxonomyField } from '@/components/admin/taxonomy/taxonomy-form.client';
import { routing, type Locale } from '@/i18n/routing';
import { listSectionsForAdmin } from '@/lib/admin/taxonomy-queries';
import { requireStaffPage } from '@/lib/auth/guard';
import { canManageTaxonomy } from '@/lib/auth/permissions';
import { deleteSectionAction, saveSectionAction } from '@/lib/sections/actions';

export default async function SectionsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const user = await requireStaffPage(locale);
  if (!canManageTaxonomy(user)) notFound();
  const [t, sections] = await Promise.all([getTranslations({ locale, namespace: 'Taxonomy' }), listSectionsForAdmin(user)]);
  const labels = { save: t('save'), delete: t('delete') };
  const fields = (section?: (typeof sections)[number]): TaxonomyField[] => [
    { name: 'name', label: t('name'), value: section?.name },
    { name: 'slug', label: t('slug'), value: section?.slug },
    { name: 'locale', label: t('locale'), value: section?.locale ?? locale, kind: 'select', options: routing.locales.map((value) => ({ value, label: t(`locales.${value}`) })) },
    { name: 'position', label: t('position'), value: section?.position ?? 0, kind: 'number' },
    { name: 'description', label: t('description'), value: section?.description, kind: 'textarea' },
  ];
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('sections')}</h1>
      <section aria-labelledby="add-section" className="flex flex-col gap-2">
        <h2 id="add-section" className="text-xl font-bold">{t('add')}</h2>
        <TaxonomyForm id="new-section" locale={locale} fields={fields()} save={saveSectionAction} labels={{ ...labels, save: t('add') }} />
      </section>
      <ul className="flex flex-col gap-3">
        {sections.map((section) => (
          <li key={section.id}>
            <h2 className="mb-1 font-bold">
              <bdi>{section.name}</bdi> <span className="text-sm font-normal text-muted">· {t('articles', { count: section.articles })}</span>
            </h2>
            <TaxonomyForm id={`section-${section.id}`} locale={locale} recordId={section.id} fields={fields(section)} save={saveSectionAction} remove={deleteSectionAction} labels={labels} />
          </li>
        ))}
      </ul>
    </div>
  );
}
