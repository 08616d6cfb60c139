import { z } from 'zod';
import { PASSWORD_MAX } from './password';
import { ROLES } from './roles';

export const signInSchema = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(PASSWORD_MAX),
});

export const newUserSchema = z.object({
  email: z.email().max(254).transform((email) => email.toLowerCase()),
  name: z.string().trim().min(1).max(120),
  role: z.enum(ROLES),
});
