'use client';

import { useActionState } from 'react';
import { idleActionState, type ActionState } from '@/lib/actions/state';
import { inviteUserAction } from '@/lib/users/actions';
import { buttonClass } from '@/components/ui/button';
import { Input, Options, Select } from '@/components/ui/input';
import { OneTimeLinkStatus } from './one-time-link-status';

type Labels = { title: string; name: string; email: string; role: string; submit: string; link: string };

/** Invite form; after success it shows the one-time link, which is not stored anywhere readable. */
export function InviteForm({ locale, labels, roles }: { locale: string; labels: Labels; roles: { value: string; label: string }[] }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(inviteUserAction, idleActionState);
  return (
    <form action={action} className="grid gap-3 rounded border border-line p-4 sm:grid-cols-2" aria-describedby="invite-status">
      <h2 className="text-lg font-bold sm:col-span-2">{labels.title}</h2>
      <input type="hidden" name="locale" value={locale} />
      <label className="flex flex-col gap-1">
        <span>{labels.name}</span>
        <Input name="name" required maxLength={120} />
      </label>
      <label className="flex flex-col gap-1">
        <span>{labels.email}</span>
        <Input name="email" type="email" required dir="ltr" />
      </label>
      <label className="flex flex-col gap-1">
        <span>{labels.role}</span>
        <Select name="role" defaultValue="author">
          <Options options={roles} />
        </Select>
      </label>
      <div className="flex items-end">
        <button type="submit" disabled={pending} className={buttonClass('primary')}>
          {labels.submit}
        </button>
      </div>
      <OneTimeLinkStatus id="invite-status" className="sm:col-span-2" state={state} linkLabel={labels.link} />
    </form>
  );
}
