import type { z } from 'zod';

// The one result type of every form Server Action, shared by the actions and the client forms.

export type ActionState = {
  status: 'idle' | 'saved' | 'error';
  message: string;
  fieldErrors: Record<string, string>;
  /** The article's slug after a save (the editor shows the public link). */
  slug?: string;
  savedAt?: string;
  /** When the browser got this answer, to show whichever of save and autosave came last. */
  at?: number;
  /** A one-time link to hand over (invitation, password reset). */
  link?: string;
};

export const idleActionState: ActionState = { status: 'idle', message: '', fieldErrors: {} };

type IssueKey = 'required' | 'tooLong' | 'invalid';

/**
 * The field errors of a failed zod parse, one per field (its first issue), each through
 * `message` so it reads in the writer's language.
 */
export function fieldErrorsOf(error: z.ZodError, message: (key: IssueKey) => string): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key: IssueKey = issue.code === 'too_small' ? 'required' : issue.code === 'too_big' ? 'tooLong' : 'invalid';
    fieldErrors[String(issue.path[0] ?? 'form')] ??= message(key);
  }
  return fieldErrors;
}
