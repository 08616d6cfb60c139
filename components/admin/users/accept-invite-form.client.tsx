'use client';

import { useActionState } from 'react';
import { idleActionState, type ActionState } from '@/lib/actions/state';
import { acceptInviteAction } from '@/lib/users/actions';
import { buttonClass } from '@/components/ui/button';
import { Input } from '@/components/ui/input';

type Labels = { password: string; confirm: string; hint: string; submit: string };

export function AcceptInviteForm({ locale, token, labels }: { locale: string; token: string; labels: Labels }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(acceptInviteAction, idleActionState);
  return (
    <form action={action} className="flex flex-col gap-4" aria-describedby="invite-error">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <div className="flex flex-col gap-1">
        <label htmlFor="invite-password">{labels.password}</label>
        <Input id="invite-password" name="password" type="password" required minLength={8} autoComplete="new-password" dir="ltr" aria-describedby="password-hint" />
        <p id="password-hint" className="text-sm text-muted">
          {labels.hint}
        </p>
      </div>
      <label className="flex flex-col gap-1">
        <span>{labels.confirm}</span>
        <Input name="confirm" type="password" required autoComplete="new-password" dir="ltr" />
      </label>
      <p id="invite-error" role="alert" aria-live="polite" className="min-h-6 text-red-700">
        {state.status === 'error' ? state.message : null}
      </p>
      <button type="submit" disabled={pending} className={buttonClass('primary', 'self-start')}>
        {labels.submit}
      </button>
    </form>
  );
}
