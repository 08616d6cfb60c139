import type { z } from 'zod';
import { idleActionState, type ActionState } from '@/lib/actions/state';

// The newsroom actions answer the shared action state.

export type EditorState = ActionState;
export const idleEditorState = idleActionState;

/** The message key for a zod issue, so each field error reads in the reader's language. */
export function issueKey(issue: z.core.$ZodIssue): 'required' | 'tooLong' | 'invalid' {
  if (issue.code === 'too_small') return 'required';
  if (issue.code === 'too_big') return 'tooLong';
  return 'invalid';
}
