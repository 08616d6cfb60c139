'use client';
import { useActionState } from 'react';
import { SectionOptions } from '@/components/admin/section-options';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Select, Textarea } from '@/components/ui/input';
import { idleActionState, type ActionState } from '@/lib/actions/state';
import { DashboardPanel } from './dashboard-panel';

type Labels = { heading: string; title: string; section: string; note: string; noteHint: string; submit: string };

/** Title, section and a few lines: a draft saved from the dashboard without opening the editor. */
export function QuickDraftForm({
  locale,
  sections,
  localeNames,
  labels,
  action,
}: {
  locale: string;
  sections: { id: number; name: string; locale: string }[];
  localeNames: Record<string, string>;
  labels: Labels;
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
}) {
  const [state, formAction, pending] = useActionState(action, idleActionState);
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  return (
    <DashboardPanel id="quick-draft-title" heading={labels.heading}>
      <form action={formAction} className="flex flex-col gap-3">
        <input type="hidden" name="locale" value={locale} />
        <Field id="quick-title" label={labels.title} error={state.fieldErrors.title}>
          {(aria) => <Input {...aria} name="title" dir={dir} required maxLength={200} />}
        </Field>
        <Field id="quick-section" label={labels.section} error={state.fieldErrors.sectionId}>
          {(aria) => (
            <Select {...aria} name="sectionId">
              <SectionOptions sections={sections} localeNames={localeNames} />
            </Select>
          )}
        </Field>
        <Field id="quick-note" label={labels.note} hint={labels.noteHint} error={state.fieldErrors.body}>
          {(aria) => <Textarea {...aria} name="note" dir={dir} rows={3} />}
        </Field>
        <p role="status" aria-live="polite" className="text-sm text-red-700">
          {state.status === 'error' ? state.message : ''}
        </p>
        <Button type="submit" disabled={pending} className="self-start">
          {labels.submit}
        </Button>
      </form>
    </DashboardPanel>
  );
}
