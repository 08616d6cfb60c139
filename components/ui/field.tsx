import type { ReactNode } from 'react';

// A labelled form field with its hint or error linked by aria-describedby. No hooks: usable on
// both sides.

/** What ties a control to the paragraph that explains it or says what is wrong with it. */
export function controlAria(id: string, messageId: string, error: string | undefined) {
  return { id, 'aria-describedby': messageId, 'aria-invalid': !!error };
}

export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (aria: { id: string; 'aria-describedby': string; 'aria-invalid': boolean }) => ReactNode;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-bold">
        {label}
      </label>
      {children(controlAria(id, `${id}-help`, error))}
      <p id={`${id}-help`} aria-live="polite" className="text-sm">
        {error ? <span className="text-red-700">{error}</span> : <span className="text-muted">{hint}</span>}
      </p>
    </div>
  );
}
