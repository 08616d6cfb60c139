import { Input } from '@/components/ui/input';
import type { ActionState } from '@/lib/actions/state';

/**
 * The live region of a form that hands out a one-time link (an invitation, a password reset):
 * the action's message, then the link, shown this once for the admin to pass on. No hooks:
 * rendered inside the forms' client components. `compact`: the smaller type of a table row.
 */
export function OneTimeLinkStatus({ state, linkLabel, id, className, compact = false }: { state: ActionState; linkLabel: string; id?: string; className?: string; compact?: boolean }) {
  return (
    <div id={id} role="status" aria-live="polite" className={className}>
      {state.message ? <p className={state.status === 'error' ? 'text-red-700' : 'text-green-800'}>{state.message}</p> : null}
      {state.link ? (
        <label className={compact ? 'mt-1 flex flex-col gap-1' : 'mt-2 flex flex-col gap-1'}>
          <span>{linkLabel}</span>
          <Input readOnly value={state.link} dir="ltr" className={compact ? 'bg-paper font-mono text-xs' : 'bg-paper font-mono text-sm'} />
        </label>
      ) : null}
    </div>
  );
}
