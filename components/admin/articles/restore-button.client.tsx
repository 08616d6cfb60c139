'use client';
import { useActionState } from 'react';
import { idleActionState } from '@/lib/actions/state';
import { restoreRevisionAction } from '@/lib/articles/editor/actions';
import { buttonClass } from '@/components/ui/button';

export function RestoreButton({ locale, revisionId, label }: { locale: string; revisionId: number; label: string }) {
  const [state, action, pending] = useActionState(restoreRevisionAction, idleActionState);
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <button type="submit" disabled={pending} className={buttonClass('primary')}>
        {label}
      </button>
      <p role="status" aria-live="polite" className="text-red-700">
        {state.status === 'error' ? state.message : ''}
      </p>
    </form>
  );
}
