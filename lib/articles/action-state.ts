import type { z } from 'zod';

// Typed results of the newsroom actions, shared by the actions and the client forms.

export type EditorState = {
  status: 'idle' | 'saved' | 'error';
  message: string;
  fieldErrors: Record<string, string>;
  slug?: string;
  savedAt?: string;
  /** When the browser got this answer, to show whichever of save and autosave came last. */
  at?: number;
};

export const idleEditorState: EditorState = { status: 'idle', message: '', fieldErrors: {} };

/** The message key for a zod issue, so each field error reads in the reader's language. */
export function issueKey(issue: z.core.$ZodIssue): 'required' | 'tooLong' | 'invalid' {
  if (issue.code === 'too_small') return 'required';
  if (issue.code === 'too_big') return 'tooLong';
  return 'invalid';
}
