import { getTranslations } from 'next-intl/server';
import { TaxonomyList } from '@/components/admin/taxonomy/taxonomy-list';
import { pageParams } from '@/i18n/page-params';
import type { Locale } from '@/i18n/routing';
import { listTagsForAdmin } from '@/lib/tags/queries';
import { requireStaffPage } from '@/lib/auth/guard';
import { canManageTaxonomy } from '@/lib/auth/permissions';
import { deleteTagAction, saveTagAction } from '@/lib/tags/actions';

// Tags are created from the article editor; here they are renamed, re-slugged or removed.
export default async function TagsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await pageParams(params);
  const user = await requireStaffPage(locale, canManageTaxonomy);
  const [t, tags] = await Promise.all([getTranslations({ locale, namespace: 'Taxonomy' }), listTagsForAdmin(user)]);
  return (
    <TaxonomyList
      locale={locale}
      kind="tag"
      rows={tags}
      columns={[{ key: 'locale', header: t('locale'), cell: (tag) => t(`locales.${tag.locale as Locale}`) }]}
      save={saveTagAction}
      remove={deleteTagAction}
    />
  );
}
