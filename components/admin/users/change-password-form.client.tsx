'use client';

import { useActionState } from 'react';
import { idleActionState, type ActionState } from '@/lib/actions/state';
import { changePasswordAction } from '@/lib/users/actions';
import { PasswordField } from './password-field';
import { buttonClass } from '@/components/ui/button';

type Labels = { title: string; current: string; next: string; confirm: string; hint: string; submit: string };

export function ChangePasswordForm({ locale, labels }: { locale: string; labels: Labels }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(changePasswordAction, idleActionState);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  return (
    <form action={action} className="flex max-w-sm flex-col gap-4" aria-describedby="password-status">
      <h2 className="text-lg font-bold">{labels.title}</h2>
      <input type="hidden" name="locale" value={locale} />
      <PasswordField id="current-password" name="current" label={labels.current} autoComplete="current-password" error={errors.current} />
      <PasswordField id="new-password" name="password" label={labels.next} autoComplete="new-password" hint={labels.hint} error={errors.password} />
      <PasswordField id="confirm-password" name="confirm" label={labels.confirm} autoComplete="new-password" error={errors.confirm} />
      <p id="password-status" role="status" aria-live="polite" className={state.status === 'error' ? 'min-h-6 text-red-700' : 'min-h-6 text-green-800'}>
        {state.message}
      </p>
      <button type="submit" disabled={pending} className={buttonClass('primary', 'self-start')}>
        {labels.submit}
      </button>
    </form>
  );
}
