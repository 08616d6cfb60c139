'use client';

import { createContext, use, type ReactNode } from 'react';

export type ErrorLabels = { title: string; description: string; retry: string };

const ErrorLabelsContext = createContext<ErrorLabels | null>(null);

/**
 * The words of the error boundary, translated by the layout on the server. A plain context, not
 * next-intl's client provider: that provider would put the ICU message formatter in every page's
 * download for three fixed strings.
 */
export function ErrorLabelsProvider({ labels, children }: { labels: ErrorLabels; children: ReactNode }) {
  return <ErrorLabelsContext value={labels}>{children}</ErrorLabelsContext>;
}

export function useErrorLabels(): ErrorLabels {
  const labels = use(ErrorLabelsContext);
  if (!labels) throw new Error('useErrorLabels outside ErrorLabelsProvider');
  return labels;
}
