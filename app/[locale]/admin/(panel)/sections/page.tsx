import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { TaxonomyForm, type TaxonomyField } from '@/components/admin/taxonomy/taxonomy-form.client';
import { DataTable } from '@/components/ui/data-table';
import { DialogButton } from '@/components/ui/dialog.client';
import { routing, type Locale } from '@/i18n/routing';
import { listSectionsForAdmin } from '@/lib/admin/taxonomy-queries';
import { requireStaffPage } from '@/lib/auth/guard';
import { canManageTaxonomy } from '@/lib/auth/permissions';
import { deleteSectionAction, saveSectionAction } from '@/lib/sections/actions';

// Sections as a list; adding one or editing one opens a dialog, so the page is not every form at once.
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
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('sections')}</h1>
        <DialogButton openLabel={t('add')} title={t('add')} closeLabel={t('close')} variant="primary">
          <TaxonomyForm id="new-section" locale={locale} fields={fields()} save={saveSectionAction} labels={{ ...labels, save: t('add') }} />
        </DialogButton>
      </div>
      <DataTable
        caption={t('sections')}
        rows={sections}
        rowKey={(section) => section.id}
        columns={[
          { key: 'name', header: t('name'), cell: (section) => <bdi className="font-bold">{section.name}</bdi> },
          { key: 'slug', header: t('slug'), cell: (section) => <bdi dir="ltr">{section.slug}</bdi>, secondary: true },
          { key: 'locale', header: t('locale'), cell: (section) => t(`locales.${section.locale as Locale}`) },
          { key: 'position', header: t('position'), cell: (section) => section.position, secondary: true },
          { key: 'articles', header: t('articlesColumn'), cell: (section) => t('articles', { count: section.articles }) },
          {
            key: 'edit',
            header: t('actions'),
            cell: (section) => (
              <DialogButton openLabel={<>{t('edit')}<span className="sr-only"> <bdi>{section.name}</bdi></span></>} title={t('editNamed', { name: section.name })} closeLabel={t('close')}>
                <TaxonomyForm id={`section-${section.id}`} locale={locale} recordId={section.id} fields={fields(section)} save={saveSectionAction} remove={deleteSectionAction} labels={labels} />
              </DialogButton>
            ),
          },
        ]}
      />
    </div>
  );
}
