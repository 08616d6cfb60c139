import { z } from 'zod';
import { PASSWORD_MAX } from '@/lib/auth/password';
import { ROLES } from '@/lib/auth/roles';

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

export const userIdSchema = z.coerce.number().int().positive();

export const changeRoleSchema = z.object({ userId: userIdSchema, role: z.enum(ROLES) });

export const setDisabledSchema = z.object({ userId: userIdSchema, disabled: z.enum(['true', 'false']).transform((v) => v === 'true') });

export type InviteInput = z.infer<typeof inviteSchema>;
