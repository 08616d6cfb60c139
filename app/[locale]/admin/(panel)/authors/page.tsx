import { getTranslations } from 'next-intl/server';
import { TaxonomyList } from '@/components/admin/taxonomy/taxonomy-list';
import { pageParams } from '@/i18n/page-params';
import { listAuthorsForAdmin } from '@/lib/authors/queries';
import { deleteAuthorAction, saveAuthorAction } from '@/lib/authors/actions';
import { requireStaffPage } from '@/lib/auth/guard';
import { canManageTaxonomy } from '@/lib/auth/permissions';

// Author profiles, each optionally linked to an account: that link decides whose articles an
// author or contributor may edit as "own".
export default async function AuthorsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await pageParams(params);
  const user = await requireStaffPage(locale, canManageTaxonomy);
  const [t, { authors, users }] = await Promise.all([getTranslations({ locale, namespace: 'Taxonomy' }), listAuthorsForAdmin(user)]);
  const accountName = new Map(users.map((account) => [account.id, account.name]));
  const userOptions = [{ value: '', label: t('noUser') }, ...users.map((account) => ({ value: String(account.id), label: `${account.name} <${account.email}>` }))];
  return (
    <TaxonomyList
      locale={locale}
      kind="author"
      rows={authors}
      columns={[
        {
          key: 'user',
          header: t('user'),
          // A profile linked to a disabled account names nobody who can sign in.
          cell: (author) => (author.userId ? <bdi>{accountName.get(author.userId) ?? '—'}</bdi> : t('noUser')),
          secondary: true,
        },
      ]}
      fields={(author) => [
        { name: 'photoUrl', label: t('photoUrl'), value: author?.photoUrl, dir: 'ltr' },
        { name: 'userId', label: t('user'), value: author?.userId ? String(author.userId) : '', kind: 'select', options: userOptions },
        { name: 'bio', label: t('bio'), value: author?.bio, kind: 'textarea' },
      ]}
      save={saveAuthorAction}
      remove={deleteAuthorAction}
      canAdd
    />
  );
}
