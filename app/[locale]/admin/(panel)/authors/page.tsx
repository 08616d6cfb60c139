import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { TaxonomyForm, type TaxonomyField } from '@/components/admin/taxonomy/taxonomy-form.client';
import type { Locale } from '@/i18n/routing';
import { listAuthorsForAdmin } from '@/lib/admin/taxonomy-queries';
import { deleteAuthorAction, saveAuthorAction } from '@/lib/authors/actions';
import { requireStaffPage } from '@/lib/auth/guard';
import { canManageTaxonomy } from '@/lib/auth/permissions';

// Author profiles, each optionally linked to an account: that link decides whose articles an
// author or contributor may edit as "own".
export default async function AuthorsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const user = await requireStaffPage(locale);
  if (!canManageTaxonomy(user)) notFound();
  const [t, { authors, users }] = await Promise.all([getTranslations({ locale, namespace: 'Taxonomy' }), listAuthorsForAdmin(user)]);
  const userOptions = [{ value: '', label: t('noUser') }, ...users.map((account) => ({ value: String(account.id), label: `${account.name} <${account.email}>` }))];
  const fields = (author?: (typeof authors)[number]): TaxonomyField[] => [
    { name: 'name', label: t('name'), value: author?.name },
    { name: 'slug', label: t('slug'), value: author?.slug },
    { name: 'photoUrl', label: t('photoUrl'), value: author?.photoUrl, dir: 'ltr' },
    { name: 'userId', label: t('user'), value: author?.userId ? String(author.userId) : '', kind: 'select', options: userOptions },
    { name: 'bio', label: t('bio'), value: author?.bio, kind: 'textarea' },
  ];
  const labels = { save: t('save'), delete: t('delete') };
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('authors')}</h1>
      <section aria-labelledby="add-author" className="flex flex-col gap-2">
        <h2 id="add-author" className="text-xl font-bold">{t('add')}</h2>
        <TaxonomyForm id="new-author" locale={locale} fields={fields()} save={saveAuthorAction} labels={{ ...labels, save: t('add') }} />
      </section>
      <ul className="flex flex-col gap-3">
        {authors.map((author) => (
          <li key={author.id}>
            <h2 className="mb-1 font-bold">
              <bdi>{author.name}</bdi> <span className="text-sm font-normal text-muted">· {t('articles', { count: author.articles })}</span>
            </h2>
            <TaxonomyForm id={`author-${author.id}`} locale={locale} recordId={author.id} fields={fields(author)} save={saveAuthorAction} remove={deleteAuthorAction} labels={labels} />
          </li>
        ))}
      </ul>
    </div>
  );
}
