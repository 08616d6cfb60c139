'use client';
import { useRef, type ReactNode } from 'react';
import { buttonClass, type ButtonVariant } from './button';

/**
 * A button that opens a modal dialog (the browser's own <dialog>: focus moves in, Escape closes,
 * the page behind is inert). Its content stays mounted, so a form inside keeps its answer.
 */
export function DialogButton({
  openLabel,
  title,
  closeLabel,
  variant = 'secondary',
  children,
}: {
  openLabel: ReactNode;
  title: string;
  closeLabel: string;
  variant?: ButtonVariant;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" className={buttonClass(variant)} onClick={() => dialog.current?.showModal()}>
        {openLabel}
      </button>
      <dialog ref={dialog} aria-label={title} className="m-auto w-full max-w-2xl rounded border border-line p-4 backdrop:bg-ink/50">
        <div className="mb-3 flex items-center justify-between gap-3">
          <h2 className="text-lg font-bold">{title}</h2>
          <button type="button" className={buttonClass('secondary')} onClick={() => dialog.current?.close()}>
            {closeLabel}
          </button>
        </div>
        {children}
      </dialog>
    </>
  );
}
