import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { TaxonomyForm } from '@/components/admin/taxonomy/taxonomy-form.client';
import { DataTable } from '@/components/ui/data-table';
import { DialogButton } from '@/components/ui/dialog.client';
import type { Locale } from '@/i18n/routing';
import { listTagsForAdmin } from '@/lib/admin/taxonomy-queries';
import { requireStaffPage } from '@/lib/auth/guard';
import { canManageTaxonomy } from '@/lib/auth/permissions';
import { deleteTagAction, saveTagAction } from '@/lib/tags/actions';

// Tags are created from the article editor; here they are listed, and renamed, re-slugged or
// removed in a dialog, one at a time.
export default async function TagsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const user = await requireStaffPage(locale);
  if (!canManageTaxonomy(user)) notFound();
  const [t, tags] = await Promise.all([getTranslations({ locale, namespace: 'Taxonomy' }), listTagsForAdmin(user)]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('tags')}</h1>
      <DataTable
        caption={t('tags')}
        rows={tags}
        rowKey={(tag) => tag.id}
        columns={[
          { key: 'name', header: t('name'), cell: (tag) => <bdi className="font-bold">{tag.name}</bdi> },
          { key: 'slug', header: t('slug'), cell: (tag) => <bdi dir="ltr">{tag.slug}</bdi>, secondary: true },
          { key: 'locale', header: t('locale'), cell: (tag) => t(`locales.${tag.locale as Locale}`) },
          { key: 'articles', header: t('articlesColumn'), cell: (tag) => t('articles', { count: tag.articles }) },
          {
            key: 'edit',
            header: t('actions'),
            cell: (tag) => (
              <DialogButton openLabel={<>{t('edit')}<span className="sr-only"> <bdi>{tag.name}</bdi></span></>} title={t('editNamed', { name: tag.name })} closeLabel={t('close')}>
                <TaxonomyForm
                  id={`tag-${tag.id}`}
                  locale={locale}
                  recordId={tag.id}
                  fields={[
                    { name: 'name', label: t('name'), value: tag.name },
                    { name: 'slug', label: t('slug'), value: tag.slug },
                  ]}
                  save={saveTagAction}
                  remove={deleteTagAction}
                  labels={{ save: t('save'), delete: t('delete') }}
                />
              </DialogButton>
            ),
          },
        ]}
      />
    </div>
  );
}
