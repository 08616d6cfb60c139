'use client';
import { useActionState } from 'react';
import { idleActionState } from '@/lib/actions/state';
import { setHomePlacementAction } from '@/lib/articles/publishing/actions';
import type { EditorLabels } from './editor-labels';

type Props = { locale: string; articleId: number; sticky: boolean; breaking: boolean; labels: EditorLabels };

/** Where the article sits on the home page: the pinned lead, the "عاجل" strip. Saved on its own, apart from the text. */
export function HomePlacementForm({ locale, articleId, sticky, breaking, labels }: Props) {
  const [state, action, pending] = useActionState(setHomePlacementAction, idleActionState);
  return (
    <form action={action} className="flex flex-col gap-2 rounded border border-line p-3">
      <fieldset className="flex min-w-0 flex-col gap-2">
        <legend className="font-bold">{labels.placement.legend}</legend>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="id" value={articleId} />
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="sticky" defaultChecked={sticky} className="size-5" />
          {labels.placement.sticky}
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="breaking" defaultChecked={breaking} className="size-5" />
          {labels.placement.breaking}
        </label>
      </fieldset>
      <button type="submit" disabled={pending} className="min-h-11 rounded border border-ink px-4 py-2 font-bold">
        {labels.placement.save}
      </button>
      <p role="status" aria-live="polite" className={state.status === 'error' ? 'text-red-700' : 'text-green-900'}>
        {state.message}
      </p>
    </form>
  );
}
