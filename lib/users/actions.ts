'use server';

import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import type { Locale } from '@/i18n/routing';
import { formAction, stateAction } from '@/lib/actions/guard';
import type { ActionState } from '@/lib/actions/state';
import { DEVICE_COOKIE, deviceCookie } from '@/lib/auth/device';
import { canManageUsers, isStaff } from '@/lib/auth/permissions';
import { SESSION_COOKIE } from '@/lib/auth/session';
import { acceptInvite, changeRole, createInvite, revokeInvite, setDisabled, type MutationResult } from './mutations';
import { changePassword, createPasswordReset, resetPassword } from './password-mutations';
import {
  acceptInviteSchema,
  changePasswordSchema,
  changeRoleSchema,
  inviteIdSchema,
  inviteSchema,
  resetLinkSchema,
  resetPasswordSchema,
  setDisabledSchema,
} from './schema';
import type { UserError } from './types';
import { pathTo } from '@/lib/url-paths';
import { absoluteUrl } from '@/lib/urls';

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
  revalidatePath(pathTo('/admin/users', { locale }));
  const t = await getTranslations({ locale, namespace: 'Users' });
  return { status: 'saved', message: t('inviteCreated'), fieldErrors: {}, link: absoluteUrl(pathTo({ pathname: '/admin/invite/[token]', params: { token: result.value } }, { locale })) };
});

export const changeRoleAction = formAction({ access: canManageUsers }, async ({ form, locale, actor }) => {
  const parsed = changeRoleSchema.safeParse({ userId: form.get('userId'), role: form.get('role') });
  if (!parsed.success) return;
  await changeRole(actor, parsed.data.userId, parsed.data.role);
  revalidatePath(pathTo('/admin/users', { locale }));
});

export const setDisabledAction = formAction({ access: canManageUsers }, async ({ form, locale, actor }) => {
  const parsed = setDisabledSchema.safeParse({ userId: form.get('userId'), disabled: form.get('disabled') });
  if (!parsed.success) return;
  await setDisabled(actor, parsed.data.userId, parsed.data.disabled);
  revalidatePath(pathTo('/admin/users', { locale }));
});

type LinkPassword = { token: string; password: string };

/**
 * The last step of an invitation or a reset link: the password chosen twice is set through the
 * link's token, then the sign-in page says which of the two happened (`?invited=1`, `?reset=1`).
 */
async function setPasswordByLink(
  locale: Locale,
  parsed: z.ZodSafeParseResult<LinkPassword>,
  link: { invalid: UserError; set: (token: string, password: string) => Promise<MutationResult<unknown>>; signInNotice: 'invited' | 'reset' },
  fail: (locale: Locale, error: UserError) => Promise<ActionState>,
): Promise<ActionState> {
  if (!parsed.success) return fail(locale, parsed.error.issues.some((issue) => issue.path[0] === 'confirm') ? 'mismatch' : link.invalid);
  const result = await link.set(parsed.data.token, parsed.data.password);
  if (!result.ok) return fail(locale, result.error);
  redirect(`${pathTo('/admin/login', { locale })}?${link.signInNotice}=1`);
}

const linkPasswordFields = (form: FormData) => ({ token: form.get('token'), password: form.get('password'), confirm: form.get('confirm') });

/** The invitee sets a password; on success they go to the sign-in page. */
export const acceptInviteAction = stateAction<null>({ access: 'anyone', namespace: 'Users' }, ({ form, locale }) =>
  setPasswordByLink(locale, acceptInviteSchema.safeParse(linkPasswordFields(form)), { invalid: 'invalidInvite', set: acceptInvite, signInNotice: 'invited' }, failure),
);

export const revokeInviteAction = formAction({ access: canManageUsers }, async ({ form, locale, actor }) => {
  const parsed = inviteIdSchema.safeParse(form.get('inviteId'));
  if (!parsed.success) return;
  await revokeInvite(actor, parsed.data);
  revalidatePath(pathTo('/admin/users', { locale }));
});

/** Admins make a one-time link for a user to choose a new password; the answer carries it. */
export const createResetLinkAction = stateAction({ access: canManageUsers, namespace: 'Users' }, async ({ form, locale, actor }) => {
  const parsed = resetLinkSchema.safeParse({ userId: form.get('userId') });
  if (!parsed.success) return failure(locale, 'notFound');
  const result = await createPasswordReset(actor, parsed.data.userId);
  if (!result.ok) return failure(locale, result.error);
  const t = await getTranslations({ locale, namespace: 'Users' });
  return { status: 'saved', message: t('resetCreated'), fieldErrors: {}, link: absoluteUrl(pathTo({ pathname: '/admin/reset/[token]', params: { token: result.value } }, { locale })) };
});

const PASSWORD_FIELD: Partial<Record<UserError, 'current' | 'password' | 'confirm'>> = {
  wrongPassword: 'current',
  tooShort: 'password',
  tooLong: 'password',
  common: 'password',
  mismatch: 'confirm',
};

async function passwordFailure(locale: Locale, error: UserError): Promise<ActionState> {
  const t = await getTranslations({ locale, namespace: 'Users' });
  const message = t(`errors.${error}`);
  const field = PASSWORD_FIELD[error];
  return { status: 'error', message, fieldErrors: field ? { [field]: message } : {} };
}

/** Any staff member changes their own password; their other sessions and browsers are signed out. */
export const changePasswordAction = stateAction({ access: isStaff, namespace: 'Users', signInWhenSignedOut: true }, async ({ form, locale, actor }) => {
  const parsed = changePasswordSchema.safeParse({ current: form.get('current'), password: form.get('password'), confirm: form.get('confirm') });
  if (!parsed.success) {
    const paths = parsed.error.issues.map((issue) => issue.path[0]);
    return passwordFailure(locale, paths.includes('current') ? 'wrongPassword' : paths.includes('confirm') ? 'mismatch' : 'tooLong');
  }
  const store = await cookies();
  const result = await changePassword(actor, {
    current: parsed.data.current,
    next: parsed.data.password,
    sessionToken: store.get(SESSION_COOKIE)?.value ?? '',
    deviceToken: store.get(DEVICE_COOKIE)?.value,
  });
  if (!result.ok) return passwordFailure(locale, result.error);
  if (result.value.deviceToken) store.set(deviceCookie(result.value.deviceToken));
  const t = await getTranslations({ locale, namespace: 'Account' });
  return { status: 'saved', message: t('changed'), fieldErrors: {} };
});

/** The holder of a reset link sets a new password; on success they go to the sign-in page. */
export const resetPasswordAction = stateAction<null>({ access: 'anyone', namespace: 'Users' }, ({ form, locale }) =>
  setPasswordByLink(locale, resetPasswordSchema.safeParse(linkPasswordFields(form)), { invalid: 'invalidReset', set: resetPassword, signInNotice: 'reset' }, passwordFailure),
);
