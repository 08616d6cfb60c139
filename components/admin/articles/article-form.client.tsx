'use client';
import { startTransition, useActionState, useRef } from 'react';
import { idleActionState, type ActionState } from '@/lib/actions/state';
import { createArticleAction, saveArticleAction } from '@/lib/articles/editor/actions';
import type { EditorArticle, EditorOptions } from '@/lib/articles/editor/types';
import { isLiveStatus } from '@/lib/articles/status';
import { formatMessage } from '@/i18n/format-message';
import { ArticleMetaFields } from './article-meta-fields';
import { BodyEditor } from './body-editor.client';
import type { EditorLabels } from './editor-labels';
import { Field } from '@/components/ui/field';
import { inputClass } from '@/components/ui/input';
import { useAutosave } from './use-autosave';
import { useArticleLock } from './use-lock';
import { buttonClass } from '@/components/ui/button';

type Props = {
  locale: string;
  article: EditorArticle | null;
  options: EditorOptions;
  labels: EditorLabels;
  /** Someone else holds the lock: the form is shown read-only until a take-over. */
  readOnly: boolean;
};

export function ArticleForm({ locale, article, options, labels, readOnly }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const serverAction = article ? saveArticleAction : createArticleAction;
  const [state, action, pending] = useActionState(
    async (previous: ActionState, form: FormData) => ({ ...(await serverAction(previous, form)), at: Date.now() }),
    idleActionState,
  );
  const canAutosave = !!article && !readOnly && !isLiveStatus(article.status);
  const autosave = useAutosave(formRef, canAutosave);
  const lostTo = useArticleLock(article?.id ?? null, !readOnly);
  const errors = state.fieldErrors;
  const latest = autosave.result && (autosave.result.at ?? 0) > (state.at ?? 0) ? autosave.result : state;
  // Title, dek and body take the edition's direction: "FBI يشيد…" must not be laid out left to right.
  const dir = (article?.locale ?? locale) === 'ar' ? 'rtl' : 'ltr';

  return (
    <form
      ref={formRef}
      // Submitted by hand: a form action would reset the fields to the values the page loaded
      // with, and the next autosave would then write those old values back.
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => action(data));
      }}
      onInput={autosave.changed}
      className="flex flex-col gap-5"
      aria-describedby="editor-status"
    >
      <input type="hidden" name="locale" value={locale} />
      {article ? <input type="hidden" name="id" value={article.id} /> : null}
      {lostTo ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {formatMessage(locale, labels.lockLost, { name: lostTo.name })}
        </p>
      ) : null}
      <fieldset disabled={readOnly} className="flex flex-col gap-5">
        <Field id="title" label={labels.title} error={errors.title}>
          {(aria) => <input {...aria} name="title" required dir={dir} defaultValue={article?.title} className={`${inputClass} text-xl font-bold`} />}
        </Field>
        <Field id="slug" label={labels.slug} hint={labels.slugHint} error={errors.slug}>
          {(aria) => (
            <input {...aria} key={state.slug ?? article?.slug} name="slug" dir="auto" defaultValue={state.slug ?? article?.slug} className={inputClass} />
          )}
        </Field>
        <Field id="dek" label={labels.dek} error={errors.dek}>
          {(aria) => <textarea {...aria} name="dek" rows={2} dir={dir} defaultValue={article?.dek} className={inputClass} />}
        </Field>
        <div className="flex flex-col gap-1">
          <span className="font-bold" id="body-label">
            {labels.body}
          </span>
          <BodyEditor
            name="body"
            initialHtml={article?.body ?? ''}
            label={labels.body}
            dir={dir}
            toolbar={labels.toolbar}
            onChange={autosave.changed}
          />
        </div>
        <ArticleMetaFields article={article} options={options} labels={labels} errors={errors} onChange={autosave.changed} />
      </fieldset>
      <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-line bg-white py-3">
        <button type="submit" disabled={pending || readOnly} className={buttonClass('primary', 'px-6')}>
          {pending ? labels.saving : article ? labels.save : labels.create}
        </button>
        <p id="editor-status" role="status" aria-live="polite" className={latest.status === 'error' ? 'text-red-700' : 'text-muted'}>
          {latest.message || (article && !canAutosave && !readOnly ? labels.autosaveOff : autosave.dirty ? labels.unsaved : '')}
        </p>
      </div>
    </form>
  );
}
