import { z } from 'zod';
import { recordIdSchema } from '@/lib/db/record-id';

// What the workflow panel and the home placement form send. No language here: actions translate.

// An unchecked box is absent from the form; a checked one sends "on".
const checkbox = z.literal('on').optional().transform((value) => value === 'on');

export const homePlacementInput = z.object({ id: recordIdSchema, sticky: checkbox, breaking: checkbox });

const WORKFLOW_STEPS = ['submit', 'publish', 'schedule', 'unpublish', 'toDraft'] as const;
export type WorkflowStep = (typeof WORKFLOW_STEPS)[number];

export const workflowInput = z.object({
  id: recordIdSchema,
  step: z.enum(WORKFLOW_STEPS),
  // A local date-time from <input type="datetime-local"> plus the browser's offset in minutes.
  publishAt: z.string().max(40).optional(),
  tzOffset: z.coerce.number().int().min(-900).max(900).optional(),
});

/** Turns a datetime-local value and the browser's getTimezoneOffset() into an instant. */
export function parseLocalDateTime(value: string | undefined, tzOffset = 0): Date | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const utc = Date.parse(`${value.length === 16 ? `${value}:00` : value}Z`);
  return Number.isNaN(utc) ? null : new Date(utc + tzOffset * 60_000);
}
