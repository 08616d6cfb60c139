import { getTranslations } from 'next-intl/server';
import { InviteForm } from '@/components/admin/users/invite-form.client';
import { UserTable } from '@/components/admin/users/user-table';
import { pageParams } from '@/i18n/page-params';
import { requireStaffPage } from '@/lib/auth/guard';
import { canManageUsers } from '@/lib/auth/permissions';
import { ROLES } from '@/lib/auth/roles';
import { revokeInviteAction } from '@/lib/users/actions';
import { listPendingInvites, listUsers } from '@/lib/users/queries';
import { formatDateTime } from '@/lib/utils/dates';

export default async function UsersPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await pageParams(params);
  const viewer = await requireStaffPage(locale, canManageUsers);
  const [users, invites] = await Promise.all([listUsers(viewer), listPendingInvites(viewer)]);
  const t = await getTranslations({ locale, namespace: 'Users' });
  const tRoles = await getTranslations({ locale, namespace: 'Admin.roles' });
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <UserTable locale={locale} users={users} viewerId={viewer.id} />
      <InviteForm
        locale={locale}
        roles={ROLES.map((role) => ({ value: role, label: tRoles(role) }))}
        labels={{ title: t('inviteTitle'), name: t('name'), email: t('email'), role: t('role'), submit: t('inviteSubmit'), link: t('inviteLink') }}
      />
      <section>
        <h2 className="mb-2 text-lg font-bold">{t('pendingTitle')}</h2>
        {invites.length ? (
          <ul className="flex flex-col gap-1">
            {invites.map((invite) => (
              <li key={invite.id} className="flex flex-wrap items-center gap-2" data-invite-email={invite.email}>
                <span>
                  <bdi>{invite.name}</bdi> · <span dir="ltr">{invite.email}</span> · {tRoles(invite.role)} ·{' '}
                  {t('expires', { date: formatDateTime(locale, invite.expiresAt.toISOString()) })}
                </span>
                <form action={revokeInviteAction}>
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="inviteId" value={invite.id} />
                  <button type="submit" className="rounded border border-line px-2 py-1 hover:bg-line">
                    {t('revokeInvite')}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-muted">{t('none')}</p>
        )}
      </section>
    </div>
  );
}
