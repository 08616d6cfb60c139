import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { formatLocaleOf, type Locale } from '@/i18n/routing';
import { canManageTaxonomy, canManageUsers, canModerate, canSeeStats, canUploadMedia, canWriteArticles } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/roles';
import { countPendingComments } from '@/lib/comments/queries';
import { canImport } from '@/lib/import/access';
import { AdminNavMenu, type AdminNavItem } from './admin-nav-menu.client';

/** Shows only the areas the user's role opens; each page checks again on its own. */
export async function AdminNav({ locale, user }: { locale: Locale; user: SessionUser }) {
  const [t, tAuth, pending] = await Promise.all([
    getTranslations({ locale, namespace: 'Admin' }),
    getTranslations({ locale, namespace: 'Auth' }),
    countPendingComments(user),
  ]);
  const badge = pending > 0 ? { count: new Intl.NumberFormat(formatLocaleOf(locale)).format(pending), label: t('pendingBadge', { count: pending }) } : undefined;
  const items: (AdminNavItem & { show: boolean })[] = [
    { href: '/admin', label: t('dashboard'), show: true },
    { href: '/admin/articles', label: t('articles'), show: canWriteArticles(user) },
    { href: '/admin/media', label: t('media'), show: canUploadMedia(user) },
    { href: '/admin/comments', label: t('comments'), show: canModerate(user), badge },
    { href: '/admin/stats', label: t('stats'), show: canSeeStats(user) },
    { href: '/admin/users', label: t('users'), show: canManageUsers(user) },
    { href: '/admin/sections', label: t('sections'), show: canManageTaxonomy(user) },
    { href: '/admin/tags', label: t('tags'), show: canManageTaxonomy(user) },
    { href: '/admin/authors', label: t('authors'), show: canManageTaxonomy(user) },
    { href: '/admin/audit', label: t('audit'), show: canManageTaxonomy(user) },
    { href: '/admin/import', label: t('import'), show: canImport(user) },
    { href: '/admin/account', label: t('account'), show: true },
  ];
  return (
    <AdminNavMenu
      label={t('nav')}
      menuLabel={t('menu')}
      items={items.filter((item) => item.show).map(({ href, label, badge }) => ({ href, label, badge }))}
      footer={
        <>
          <li>
            <Link href="/" className="flex min-h-11 items-center rounded px-3 py-2 hover:bg-line">
              {t('viewSite')}
            </Link>
          </li>
          <li>
            <form method="post" action="/api/auth/sign-out">
              <input type="hidden" name="locale" value={locale} />
              <button type="submit" className="min-h-11 w-full rounded px-3 py-2 text-start hover:bg-line">
                {tAuth('signOut')}
              </button>
            </form>
          </li>
        </>
      }
    />
  );
}
