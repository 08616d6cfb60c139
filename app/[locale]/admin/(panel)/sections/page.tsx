import { getTranslations } from 'next-intl/server';
import { TaxonomyList } from '@/components/admin/taxonomy/taxonomy-list';
import { pageParams } from '@/i18n/page-params';
import { routing, type Locale } from '@/i18n/routing';
import { listSectionsForAdmin } from '@/lib/sections/queries';
import { requireStaffPage } from '@/lib/auth/guard';
import { canManageTaxonomy } from '@/lib/auth/permissions';
import { deleteSectionAction, saveSectionAction } from '@/lib/sections/actions';

export default async function SectionsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await pageParams(params);
  const user = await requireStaffPage(locale, canManageTaxonomy);
  const [t, sections] = await Promise.all([getTranslations({ locale, namespace: 'Taxonomy' }), listSectionsForAdmin(user)]);
  const localeOptions = routing.locales.map((value) => ({ value, label: t(`locales.${value}`) }));
  return (
    <TaxonomyList
      locale={locale}
      kind="section"
      rows={sections}
      columns={[
        { key: 'locale', header: t('locale'), cell: (section) => t(`locales.${section.locale as Locale}`) },
        { key: 'position', header: t('position'), cell: (section) => section.position, secondary: true },
      ]}
      fields={(section) => [
        { name: 'locale', label: t('locale'), value: section?.locale ?? locale, kind: 'select', options: localeOptions },
        { name: 'position', label: t('position'), value: section?.position ?? 0, kind: 'number' },
        { name: 'description', label: t('description'), value: section?.description, kind: 'textarea' },
      ]}
      save={saveSectionAction}
      remove={deleteSectionAction}
      canAdd
    />
  );
}
