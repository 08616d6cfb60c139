'use client';
import { useActionState } from 'react';
import { idleActionState } from '@/lib/actions/state';
import { moveArticleAction } from '@/lib/articles/publishing/actions';
import type { WorkflowStep } from '@/lib/articles/publishing/schema';
import type { EditorLabels } from './editor-labels';
import { controlAria } from '@/components/ui/field';
import { inputClass } from '@/components/ui/input';

type Props = { locale: string; articleId: number; steps: WorkflowStep[]; labels: EditorLabels };

/** The status buttons the writer's role allows now; scheduling takes a local date and time. */
export function WorkflowPanel({ locale, articleId, steps, labels }: Props) {
  const [state, action, pending] = useActionState(moveArticleAction, idleActionState);
  const others = steps.filter((step) => step !== 'schedule');
  return (
    <div className="flex flex-col gap-3">
      {others.map((step) => (
        <form key={step} action={action}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="id" value={articleId} />
          <input type="hidden" name="step" value={step} />
          <button
            type="submit"
            disabled={pending}
            className={`min-h-11 w-full rounded px-4 py-2 font-bold ${step === 'publish' ? 'bg-accent text-white' : 'border border-ink'}`}
          >
            {labels.steps[step]}
          </button>
        </form>
      ))}
      {steps.includes('schedule') ? (
        <form
          action={action}
          className="flex flex-col gap-2 rounded border border-line p-3"
          onSubmit={(event) => {
            // The server needs the writer's time zone to read the local date and time.
            const offset = event.currentTarget.elements.namedItem('tzOffset') as HTMLInputElement;
            offset.value = String(new Date().getTimezoneOffset());
          }}
        >
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="id" value={articleId} />
          <input type="hidden" name="step" value="schedule" />
          <input type="hidden" name="tzOffset" defaultValue="0" />
          <label htmlFor="publishAt" className="font-bold">
            {labels.publishAt}
          </label>
          <input {...controlAria('publishAt', 'publishAt-help', state.fieldErrors.publishAt)} name="publishAt" type="datetime-local" step={1} required dir="ltr" className={inputClass} />
          <p id="publishAt-help" className="text-sm text-red-700" aria-live="polite">
            {state.fieldErrors.publishAt}
          </p>
          <button type="submit" disabled={pending} className="min-h-11 rounded border border-ink px-4 py-2 font-bold">
            {labels.steps.schedule}
          </button>
        </form>
      ) : null}
      <p role="status" aria-live="polite" className="text-red-700">
        {state.status === 'error' && !state.fieldErrors.publishAt ? state.message : ''}
      </p>
    </div>
  );
}
