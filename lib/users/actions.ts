'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { siteOrigin } from '@/env';
import type { Locale } from '@/i18n/routing';
import { formAction, stateAction } from '@/lib/actions/guard';
import type { ActionState } from '@/lib/actions/state';
import { canManageUsers } from '@/lib/auth/permissions';
import { acceptInvite, changeRole, createInvite, setDisabled } from './mutations';
import { acceptInviteSchema, changeRoleSchema, inviteSchema, setDisabledSchema } from './schema';
import type { UserError } from './types';
import { paths } from '@/lib/url-paths';

async function failure(locale: Locale, error: UserError): Promise<ActionState> {
  const t = await getTranslations({ locale, namespace: 'Users' });
  return { status: 'error', message: t(`errors.${error}`), fieldErrors: {} };
}

/** Admins invite someone; the answer carries the one-time link to hand over. */
export const inviteUserAction = stateAction({ access: canManageUsers, namespace: 'Users' }, async ({ form, locale, actor }) => {
  const parsed = inviteSchema.safeParse({ email: form.get('email'), name: form.get('name'), role: form.get('role') });
  if (!parsed.success) return failure(locale, 'invalid');
  const result = await createInvite(actor, parsed.data);
  if (!result.ok) return failure(locale, result.error);
  revalidatePath(paths.adminUsers(locale));
  const t = await getTranslations({ locale, namespace: 'Users' });
  return { status: 'saved', message: t('inviteCreated'), fieldErrors: {}, link: `${siteOrigin}/${locale}/admin/invite/${result.value}` };
});

export const changeRoleAction = formAction({ access: canManageUsers }, async ({ form, locale, actor }) => {
  const parsed = changeRoleSchema.safeParse({ userId: form.get('userId'), role: form.get('role') });
  if (!parsed.success) return;
  await changeRole(actor, parsed.data.userId, parsed.data.role);
  revalidatePath(paths.adminUsers(locale));
});

export const setDisabledAction = formAction({ access: canManageUsers }, async ({ form, locale, actor }) => {
  const parsed = setDisabledSchema.safeParse({ userId: form.get('userId'), disabled: form.get('disabled') });
  if (!parsed.success) return;
  await setDisabled(actor, parsed.data.userId, parsed.data.disabled);
  revalidatePath(paths.adminUsers(locale));
});

/** The invitee sets a password; on success they go to the sign-in page. */
export const acceptInviteAction = stateAction<null>({ access: 'anyone', namespace: 'Users' }, async ({ form, locale }) => {
  const parsed = acceptInviteSchema.safeParse({ token: form.get('token'), password: form.get('password'), confirm: form.get('confirm') });
  if (!parsed.success) {
    return failure(locale, parsed.error.issues.some((issue) => issue.path[0] === 'confirm') ? 'mismatch' : 'invalidInvite');
  }
  const result = await acceptInvite(parsed.data.token, parsed.data.password);
  if (!result.ok) return failure(locale, result.error);
  redirect(`${paths.signIn(locale)}?invited=1`);
});
