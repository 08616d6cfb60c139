'use client';
import { useActionState } from 'react';
import { idleEditorState } from '@/lib/articles/action-state';
import { restoreRevisionAction } from '@/lib/articles/actions';

export function RestoreButton({ locale, revisionId, label }: { locale: string; revisionId: number; label: string }) {
  const [state, action, pending] = useActionState(restoreRevisionAction, idleEditorState);
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <button type="submit" disabled={pending} className="min-h-11 rounded bg-ink px-4 py-2 font-bold text-white">
        {label}
      </button>
      <p role="status" aria-live="polite" className="text-red-700">
        {state.status === 'error' ? state.message : ''}
      </p>
    </form>
  );
}
