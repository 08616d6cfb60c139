'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { siteOrigin } from '@/env';
import { routing, type Locale } from '@/i18n/routing';
import { canManageUsers } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import { isSameOriginAction } from '@/lib/security/action-origin';
import { acceptInvite, changeRole, createInvite, setDisabled } from './mutations';
import { acceptInviteSchema, changeRoleSchema, inviteSchema, setDisabledSchema } from './schema';
import type { UserError } from './types';

export type UserActionState = { status: 'idle' | 'ok' | 'error'; message?: string; inviteUrl?: string };

const localeOf = (form: FormData): Locale => {
  const value = String(form.get('locale'));
  return (routing.locales as readonly string[]).includes(value) ? (value as Locale) : routing.defaultLocale;
};

async function failure(locale: Locale, error: UserError): Promise<UserActionState> {
  const t = await getTranslations({ locale, namespace: 'Users' });
  return { status: 'error', message: t(`errors.${error}`) };
}

/** Admins invite someone; the answer carries the one-time link to hand over. */
export async function inviteUserAction(_previous: UserActionState, form: FormData): Promise<UserActionState> {
  const locale = localeOf(form);
  if (!(await isSameOriginAction())) return failure(locale, 'forbidden');
  const viewer = await getCurrentUser();
  if (!canManageUsers(viewer)) return failure(locale, 'forbidden');
  const parsed = inviteSchema.safeParse({ email: form.get('email'), name: form.get('name'), role: form.get('role') });
  if (!parsed.success) return failure(locale, 'invalid');
  const result = await createInvite(viewer, parsed.data);
  if (!result.ok) return failure(locale, result.error);
  revalidatePath(`/${locale}/admin/users`);
  const t = await getTranslations({ locale, namespace: 'Users' });
  return { status: 'ok', message: t('inviteCreated'), inviteUrl: `${siteOrigin}/${locale}/admin/invite/${result.value}` };
}

export async function changeRoleAction(form: FormData): Promise<void> {
  if (!(await isSameOriginAction())) return;
  const viewer = await getCurrentUser();
  if (!canManageUsers(viewer)) return;
  const parsed = changeRoleSchema.safeParse({ userId: form.get('userId'), role: form.get('role') });
  if (!parsed.success) return;
  await changeRole(viewer, parsed.data.userId, parsed.data.role);
  revalidatePath(`/${localeOf(form)}/admin/users`);
}

export async function setDisabledAction(form: FormData): Promise<void> {
  if (!(await isSameOriginAction())) return;
  const viewer = await getCurrentUser();
  if (!canManageUsers(viewer)) return;
  const parsed = setDisabledSchema.safeParse({ userId: form.get('userId'), disabled: form.get('disabled') });
  if (!parsed.success) return;
  await setDisabled(viewer, parsed.data.userId, parsed.data.disabled);
  revalidatePath(`/${localeOf(form)}/admin/users`);
}

/** The invitee sets a password; on success they go to the sign-in page. */
export async function acceptInviteAction(_previous: UserActionState, form: FormData): Promise<UserActionState> {
  const locale = localeOf(form);
  if (!(await isSameOriginAction())) return failure(locale, 'forbidden');
  const parsed = acceptInviteSchema.safeParse({ token: form.get('token'), password: form.get('password'), confirm: form.get('confirm') });
  if (!parsed.success) {
    return failure(locale, parsed.error.issues.some((issue) => issue.path[0] === 'confirm') ? 'mismatch' : 'invalidInvite');
  }
  const result = await acceptInvite(parsed.data.token, parsed.data.password);
  if (!result.ok) return failure(locale, result.error);
  redirect(`/${locale}/admin/login?invited=1`);
}
