import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { ROLES } from '@/lib/auth/roles';
import { changeRoleAction, setDisabledAction } from '@/lib/users/actions';
import { ResetLinkForm } from './reset-link-form.client';
import type { UserRow } from '@/lib/users/types';

/** Accounts with their role and state; an admin's own row has no controls (see changeRole). */
export async function UserTable({ locale, users, viewerId }: { locale: Locale; users: UserRow[]; viewerId: number }) {
  const t = await getTranslations({ locale, namespace: 'Users' });
  const tRoles = await getTranslations({ locale, namespace: 'Admin.roles' });
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-start text-sm">
        <thead>
          <tr className="border-b border-line text-start">
            <th className="p-2 text-start">{t('name')}</th>
            <th className="p-2 text-start">{t('email')}</th>
            <th className="p-2 text-start">{t('role')}</th>
            <th className="p-2 text-start">{t('status')}</th>
            <th className="p-2 text-start">{t('sessions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-b border-line align-top" data-user-email={user.email}>
              <td className="p-2">
                <bdi>{user.name}</bdi>
                {user.id === viewerId ? <span className="ms-1 text-muted">({t('you')})</span> : null}
              </td>
              <td className="p-2" dir="ltr">
                {user.email}
              </td>
              <td className="p-2">
                {user.id === viewerId ? (
                  tRoles(user.role)
                ) : (
                  <form action={changeRoleAction} className="flex flex-wrap gap-2">
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="userId" value={user.id} />
                    <select name="role" defaultValue={user.role} aria-label={t('role')} className="rounded border border-line px-2 py-1">
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {tRoles(role)}
                        </option>
                      ))}
                    </select>
                    <button type="submit" className="rounded border border-line px-2 py-1 hover:bg-line">
                      {t('changeRole')}
                    </button>
                  </form>
                )}
              </td>
              <td className="p-2">
                <p>{user.disabled ? t('disabled') : t('active')}</p>
                {user.id === viewerId ? null : (
                  <form action={setDisabledAction}>
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="userId" value={user.id} />
                    <input type="hidden" name="disabled" value={String(!user.disabled)} />
                    <button type="submit" className="mt-1 rounded border border-line px-2 py-1 hover:bg-line">
                      {user.disabled ? t('enable') : t('disable')}
                    </button>
                  </form>
                )}
                {user.id === viewerId ? null : (
                  <ResetLinkForm locale={locale} userId={user.id} labels={{ submit: t('resetLink'), link: t('resetLinkLabel') }} />
                )}
              </td>
              <td className="p-2">{user.sessions}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
