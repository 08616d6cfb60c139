'use client';
import type { Editor } from '@tiptap/react';
import { useRef, useState } from 'react';
import { buttonClass } from '@/components/ui/button';
import { controlAria } from '@/components/ui/field';
import { inputClass } from '@/components/ui/input';
import type { ToolbarLabels } from './editor-toolbar.client';

const ADDRESS = /^(https?:\/\/[^\s]+|mailto:[^\s]+|\/[^\s]*)$/i;

/**
 * The toolbar's link button and its dialog: an address field, "apply", "remove" and "cancel".
 * The dialog sits inside the article's form, so it has no form of its own: Enter applies the
 * link instead of saving the article.
 */
export function LinkDialog({ editor, active, labels }: { editor: Editor | null; active: boolean; labels: ToolbarLabels }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [address, setAddress] = useState('');
  const [error, setError] = useState('');
  const open = () => {
    setAddress((editor?.getAttributes('link').href as string | undefined) ?? 'https://');
    setError('');
    dialog.current?.showModal();
  };
  const close = () => {
    dialog.current?.close();
    editor?.commands.focus();
  };
  const apply = () => {
    const href = address.trim();
    if (!ADDRESS.test(href)) {
      setError(labels.linkInvalid);
      return;
    }
    editor?.chain().focus().extendMarkRange('link').setLink({ href }).run();
    close();
  };
  const remove = () => {
    editor?.chain().focus().extendMarkRange('link').unsetLink().run();
    close();
  };
  return (
    <>
      <button
        type="button"
        onClick={open}
        disabled={!editor}
        aria-label={labels.link}
        title={labels.link}
        aria-pressed={active}
        aria-haspopup="dialog"
        className="min-h-11 min-w-11 rounded px-2 font-bold hover:bg-line aria-pressed:bg-ink aria-pressed:text-white"
      >
        <span aria-hidden="true">🔗</span>
      </button>
      <dialog ref={dialog} aria-labelledby="link-dialog-title" className="m-auto w-full max-w-md rounded border border-line p-4 backdrop:bg-ink/50">
        <h2 id="link-dialog-title" className="mb-3 text-lg font-bold">
          {labels.linkDialog}
        </h2>
        <label htmlFor="link-address" className="font-bold">
          {labels.linkPrompt}
        </label>
        <input
          {...controlAria('link-address', 'link-address-error', error)}
          type="url"
          dir="ltr"
          value={address}
          onChange={(event) => setAddress(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              apply();
            }
          }}
          className={inputClass}
        />
        <p id="link-address-error" aria-live="polite" className="min-h-6 text-sm text-red-700">
          {error}
        </p>
        <div className="mt-2 flex flex-wrap gap-2">
          <button type="button" onClick={apply} className={buttonClass('primary')}>
            {labels.linkApply}
          </button>
          {active ? (
            <button type="button" onClick={remove} className={buttonClass('danger')}>
              {labels.linkRemove}
            </button>
          ) : null}
          <button type="button" onClick={close} className={buttonClass('secondary')}>
            {labels.linkCancel}
          </button>
        </div>
      </dialog>
    </>
  );
}
