'use client';

import { useActionState } from 'react';
import { idleActionState, type ActionState } from '@/lib/actions/state';
import { createResetLinkAction } from '@/lib/users/actions';

/** One user's "reset link" button; the link is shown once, here, for the admin to hand over. */
export function ResetLinkForm({ locale, userId, labels }: { locale: string; userId: number; labels: { submit: string; link: string } }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(createResetLinkAction, idleActionState);
  return (
    <form action={action} className="mt-1 flex flex-col gap-1">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" disabled={pending} className="self-start rounded border border-line px-2 py-1 hover:bg-line disabled:opacity-60">
        {labels.submit}
      </button>
      <div role="status" aria-live="polite">
        {state.message ? <p className={state.status === 'error' ? 'text-red-700' : 'text-green-800'}>{state.message}</p> : null}
        {state.link ? (
          <label className="mt-1 flex flex-col gap-1">
            <span>{labels.link}</span>
            <input readOnly value={state.link} dir="ltr" className="rounded border border-line bg-paper px-2 py-1 font-mono text-xs" />
          </label>
        ) : null}
      </div>
    </form>
  );
}
