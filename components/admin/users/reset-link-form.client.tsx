'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { idleActionState, type ActionState } from '@/lib/actions/state';
import { createResetLinkAction } from '@/lib/users/actions';
import { OneTimeLinkStatus } from './one-time-link-status';

/** One user's "reset link" button; the link is shown once, here, for the admin to hand over. */
export function ResetLinkForm({ locale, userId, labels }: { locale: string; userId: number; labels: { submit: string; link: string } }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(createResetLinkAction, idleActionState);
  return (
    <form action={action} className="mt-1 flex flex-col gap-1">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="userId" value={userId} />
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {labels.submit}
      </Button>
      <OneTimeLinkStatus state={state} linkLabel={labels.link} compact />
    </form>
  );
}
