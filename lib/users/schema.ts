import { z } from 'zod';
import { PASSWORD_MAX } from '@/lib/auth/password';
import { ROLES } from '@/lib/auth/roles';
import { recordIdSchema } from '@/lib/db/record-id';

// Locale-agnostic: issues carry codes, the pages turn them into words.
export const inviteSchema = z.object({
  email: z.email().max(254).transform((email) => email.trim().toLowerCase()),
  name: z.string().trim().min(1).max(120),
  role: z.enum(ROLES),
});

export const acceptInviteSchema = z
  .object({
    token: z.string().min(20).max(100),
    password: z.string().max(PASSWORD_MAX),
    confirm: z.string().max(PASSWORD_MAX),
  })
  .refine((data) => data.password === data.confirm, { path: ['confirm'], message: 'mismatch' });

export const userIdSchema = recordIdSchema;

export const changeRoleSchema = z.object({ userId: userIdSchema, role: z.enum(ROLES) });

export const setDisabledSchema = z.object({ userId: userIdSchema, disabled: z.enum(['true', 'false']).transform((v) => v === 'true') });

export type InviteInput = z.infer<typeof inviteSchema>;

const newPassword = {
  password: z.string().max(PASSWORD_MAX),
  confirm: z.string().max(PASSWORD_MAX),
};
const sameTwice = (data: { password: string; confirm: string }) => data.password === data.confirm;

export const changePasswordSchema = z
  .object({ current: z.string().min(1).max(PASSWORD_MAX), ...newPassword })
  .refine(sameTwice, { path: ['confirm'], message: 'mismatch' });

export const resetPasswordSchema = z
  .object({ token: z.string().min(20).max(100), ...newPassword })
  .refine(sameTwice, { path: ['confirm'], message: 'mismatch' });

/** A pending invitation is named by its stored hash. */
export const inviteIdSchema = z.string().regex(/^[0-9a-f]{64}$/);

export const resetLinkSchema = z.object({ userId: userIdSchema });
