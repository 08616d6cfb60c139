import type { ButtonHTMLAttributes } from 'react';

// The admin's buttons, so every one has the same look and a tap target of at least 44 px.

const VARIANTS = {
  primary: 'bg-ink font-bold text-white hover:bg-accent-dark disabled:opacity-60',
  secondary: 'border border-line bg-white hover:bg-line disabled:opacity-60',
  danger: 'border border-red-700 bg-white text-red-800 hover:bg-red-50 disabled:opacity-60',
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

/** The classes of a button, for a link or a summary that must look like one. */
export function buttonClass(variant: ButtonVariant = 'primary', extra = ''): string {
  return `inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded px-4 py-2 ${VARIANTS[variant]} ${extra}`.trim();
}

export function Button({ variant = 'primary', className = '', type = 'button', ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}
