import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { canManageTaxonomy, canManageUsers, canModerate, canSeeStats, canWriteArticles } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/roles';
import { canImport } from '@/lib/import/access';

/** Shows only the areas the user's role opens; each page checks again on its own. */
export async function AdminNav({ locale, user }: { locale: Locale; user: SessionUser }) {
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const tAuth = await getTranslations({ locale, namespace: 'Auth' });
  const items = [
    { href: '/admin', label: t('dashboard'), show: true },
    { href: '/admin/articles', label: t('articles'), show: canWriteArticles(user) },
    { href: '/admin/comments', label: t('comments'), show: canModerate(user) },
    { href: '/admin/stats', label: t('stats'), show: canSeeStats(user) },
    { href: '/admin/users', label: t('users'), show: canManageUsers(user) },
    { href: '/admin/sections', label: t('sections'), show: canManageTaxonomy(user) },
    { href: '/admin/tags', label: t('tags'), show: canManageTaxonomy(user) },
    { href: '/admin/authors', label: t('authors'), show: canManageTaxonomy(user) },
    { href: '/admin/audit', label: t('audit'), show: canManageTaxonomy(user) },
    { href: '/admin/import', label: t('import'), show: canImport(user) },
    { href: '/admin/account', label: t('account'), show: true },
  ].filter((item) => item.show);
  return (
    <nav aria-label={t('nav')}>
      <ul className="flex flex-wrap gap-2 md:flex-col">
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="block rounded px-3 py-2 hover:bg-line">
              {item.label}
            </Link>
          </li>
        ))}
        <li>
          <Link href="/" className="block rounded px-3 py-2 hover:bg-line">
            {t('viewSite')}
          </Link>
        </li>
        <li>
          <form method="post" action="/api/auth/sign-out">
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="w-full rounded px-3 py-2 text-start hover:bg-line">
              {tAuth('signOut')}
            </button>
          </form>
        </li>
      </ul>
    </nav>
  );
}
