'use client';

import { useActionState } from 'react';
import { idleActionState, type ActionState } from '@/lib/actions/state';
import { resetPasswordAction } from '@/lib/users/actions';
import { PasswordField } from './password-field';
import { buttonClass } from '@/components/ui/button';

type Labels = { password: string; confirm: string; hint: string; submit: string };

export function ResetPasswordForm({ locale, token, labels }: { locale: string; token: string; labels: Labels }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(resetPasswordAction, idleActionState);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  return (
    <form action={action} className="flex flex-col gap-4" aria-describedby="reset-error">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <PasswordField id="reset-password" name="password" label={labels.password} autoComplete="new-password" hint={labels.hint} error={errors.password} />
      <PasswordField id="reset-confirm" name="confirm" label={labels.confirm} autoComplete="new-password" error={errors.confirm} />
      <p id="reset-error" role="alert" aria-live="polite" className="min-h-6 text-red-700">
        {state.status === 'error' && !errors.password && !errors.confirm ? state.message : null}
      </p>
      <button type="submit" disabled={pending} className={buttonClass('primary', 'self-start')}>
        {labels.submit}
      </button>
    </form>
  );
}
