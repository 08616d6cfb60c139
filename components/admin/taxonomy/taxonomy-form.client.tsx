'use client';
import { useActionState } from 'react';
import { idleActionState, type ActionState } from '@/lib/actions/state';
import { buttonClass } from '@/components/ui/button';
import { controlAria } from '@/components/ui/field';
import { inputClass, Options } from '@/components/ui/input';

export type TaxonomyField = {
  name: string;
  label: string;
  value?: string | number | null;
  kind?: 'text' | 'textarea' | 'number' | 'select';
  options?: { value: string; label: string }[];
  dir?: 'auto' | 'ltr';
};

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

type Props = {
  id: string;
  locale: string;
  recordId?: number;
  fields: TaxonomyField[];
  save: Action;
  remove?: Action;
  labels: { save: string; delete: string };
};

/** One record's form (or the "add" form): fields, save, optional delete, errors read aloud. */
export function TaxonomyForm({ id, locale, recordId, fields, save, remove, labels }: Props) {
  const [state, saveAction, saving] = useActionState(save, idleActionState);
  const [removeState, removeAction, removing] = useActionState(remove ?? (async (s: ActionState) => s), idleActionState);
  const shown = removeState.status !== 'idle' ? removeState : state;
  return (
    <div className="flex flex-col gap-2 rounded border border-line p-3">
      <form action={saveAction} className="grid gap-3 md:grid-cols-2">
        <input type="hidden" name="locale" value={locale} />
        {recordId ? <input type="hidden" name="id" value={recordId} /> : null}
        {fields.map((field) => {
          const fieldId = `${id}-${field.name}`;
          const error = shown.fieldErrors[field.name];
          const aria = { ...controlAria(fieldId, `${fieldId}-error`, error), name: field.name, className: inputClass };
          return (
            <div key={field.name} className={`flex flex-col gap-1 ${field.kind === 'textarea' ? 'md:col-span-2' : ''}`}>
              <label htmlFor={fieldId} className="text-sm font-bold">
                {field.label}
              </label>
              {field.kind === 'textarea' ? (
                <textarea {...aria} rows={2} dir={field.dir ?? 'auto'} defaultValue={field.value ?? ''} />
              ) : field.kind === 'select' ? (
                <select {...aria} defaultValue={field.value ?? ''}>
                  <Options options={field.options ?? []} />
                </select>
              ) : (
                <input {...aria} type={field.kind === 'number' ? 'number' : 'text'} dir={field.dir ?? 'auto'} defaultValue={field.value ?? ''} />
              )}
              <p id={`${fieldId}-error`} className="text-sm text-red-700" aria-live="polite">
                {error}
              </p>
            </div>
          );
        })}
        <button type="submit" disabled={saving} className={buttonClass('primary', 'md:justify-self-start')}>
          {labels.save}
        </button>
      </form>
      {remove && recordId ? (
        <form action={removeAction}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="id" value={recordId} />
          <button type="submit" disabled={removing} className={buttonClass('danger')}>
            {labels.delete}
          </button>
        </form>
      ) : null}
      <p role="status" aria-live="polite" className={shown.status === 'error' ? 'text-red-700' : 'text-green-800'}>
        {shown.message}
      </p>
    </div>
  );
}
