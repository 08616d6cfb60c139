'use client';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { idleActionState, type ActionState } from '@/lib/actions/state';
import type { MediaItem } from '@/lib/media/types';

type Labels = { alt: string; altHint: string; caption: string; credit: string; save: string };

/** A picture's alternative text, caption and photo credit, saved in the library for every use. */
export function MediaDetailsForm({
  locale,
  item,
  labels,
  action,
}: {
  locale: string;
  item: MediaItem;
  labels: Labels;
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
}) {
  const [state, formAction, pending] = useActionState(action, idleActionState);
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  const id = (name: string) => `media-${item.id}-${name}`;
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={item.id} />
      <Field id={id('alt')} label={labels.alt} hint={labels.altHint} error={state.fieldErrors.alt}>
        {(aria) => <Input {...aria} name="alt" dir={dir} defaultValue={item.alt} maxLength={300} />}
      </Field>
      <Field id={id('caption')} label={labels.caption} error={state.fieldErrors.caption}>
        {(aria) => <Input {...aria} name="caption" dir={dir} defaultValue={item.caption} maxLength={500} />}
      </Field>
      <Field id={id('credit')} label={labels.credit} error={state.fieldErrors.credit}>
        {(aria) => <Input {...aria} name="credit" dir={dir} defaultValue={item.credit} maxLength={200} />}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {labels.save}
        </Button>
        <p role="status" aria-live="polite" className={state.status === 'error' ? 'text-red-700' : 'text-muted'}>
          {state.message}
        </p>
      </div>
    </form>
  );
}
