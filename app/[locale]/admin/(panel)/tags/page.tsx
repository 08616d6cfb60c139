import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { TaxonomyForm } from '@/components/admin/taxonomy/taxonomy-form.client';
import type { Locale } from '@/i18n/routing';
import { listTagsForAdmin } from '@/lib/admin/taxonomy-queries';
import { requireStaffPage } from '@/lib/auth/guard';
import { canManageTaxonomy } from '@/lib/auth/permissions';
import { deleteTagAction, saveTagAction } from '@/lib/tags/actions';

// Tags are created from the article editor; here they are renamed, re-slugged or removed.
export default async function TagsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const user = await requireStaffPage(locale);
  if (!canManageTaxonomy(user)) notFound();
  const [t, tags] = await Promise.all([getTranslations({ locale, namespace: 'Taxonomy' }), listTagsForAdmin(user)]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('tags')}</h1>
      <ul className="grid gap-3 lg:grid-cols-2">
        {tags.map((tag) => (
          <li key={tag.id}>
            <h2 className="mb-1 font-bold">
              <bdi>{tag.name}</bdi> <span className="text-sm font-normal text-muted">· {tag.locale} · {t('articles', { count: tag.articles })}</span>
            </h2>
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
          </li>
        ))}
      </ul>
    </div>
  );
}
