import type { z } from 'zod';
import { idleActionState, type ActionState } from '@/lib/actions/state';

// The typed result of the admin's small management forms (sections, tags, authors).

export type FormState = ActionState;
export const idleFormState = idleActionState;

export type TaxonomyFailure = 'forbidden' | 'notFound' | 'slugTaken' | 'inUse';
export type TaxonomyResult = { ok: true; locales: string[] } | { ok: false; error: TaxonomyFailure };

export function fieldErrorKeys(error: z.ZodError): Record<string, 'required' | 'invalid'> {
  const keys: Record<string, 'required' | 'invalid'> = {};
  for (const issue of error.issues) keys[String(issue.path[0] ?? 'form')] ??= issue.code === 'too_small' ? 'required' : 'invalid';
  return keys;
}
