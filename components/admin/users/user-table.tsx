import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { Options, Select } from '@/components/ui/input';
import type { Locale } from '@/i18n/routing';
import { ROLES } from '@/lib/auth/roles';
import { changeRoleAction, setDisabledAction } from '@/lib/users/actions';
import type { UserRow } from '@/lib/users/types';
import { ResetLinkForm } from './reset-link-form.client';

/** Accounts with their role and state; an admin's own row has no controls (see changeRole). */
export async function UserTable({ locale, users, viewerId }: { locale: Locale; users: UserRow[]; viewerId: number }) {
  const t = await getTranslations({ locale, namespace: 'Users' });
  const tRoles = await getTranslations({ locale, namespace: 'Admin.roles' });
  return (
    <DataTable
      rows={users}
      rowKey={(user) => user.id}
      rowData={(user) => ({ 'data-user-email': user.email })}
      columns={[
        {
          key: 'name',
          header: t('name'),
          cell: (user) => (
            <>
              <bdi>{user.name}</bdi>
              {user.id === viewerId ? <span className="ms-1 text-muted">({t('you')})</span> : null}
            </>
          ),
        },
        { key: 'email', header: t('email'), cell: (user) => <bdi dir="ltr" className="[overflow-wrap:anywhere]">{user.email}</bdi> },
        {
          key: 'role',
          header: t('role'),
          cell: (user) =>
            user.id === viewerId ? (
              tRoles(user.role)
            ) : (
              <form action={changeRoleAction} className="flex flex-wrap gap-2">
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="userId" value={user.id} />
                <Select name="role" defaultValue={user.role} aria-label={t('role')} className="w-auto">
                  <Options options={ROLES.map((role) => ({ value: role, label: tRoles(role) }))} />
                </Select>
                <Button type="submit" variant="secondary">
                  {t('changeRole')}
                </Button>
              </form>
            ),
        },
        {
          key: 'status',
          header: t('status'),
          cell: (user) => (
            <>
              <p>{user.disabled ? t('disabled') : t('active')}</p>
              {user.id === viewerId ? null : (
                <>
                  <form action={setDisabledAction}>
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="userId" value={user.id} />
                    <input type="hidden" name="disabled" value={String(!user.disabled)} />
                    <Button type="submit" variant="secondary" className="mt-1">
                      {user.disabled ? t('enable') : t('disable')}
                    </Button>
                  </form>
                  <ResetLinkForm locale={locale} userId={user.id} labels={{ submit: t('resetLink'), link: t('resetLinkLabel') }} />
                </>
              )}
            </>
          ),
        },
        { key: 'sessions', header: t('sessions'), cell: (user) => user.sessions, secondary: true },
      ]}
    />
  );
}
