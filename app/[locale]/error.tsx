'use client';

import { useEffect } from 'react';
import { useErrorLabels } from '@/components/layout/error-labels.client';

export default function LocaleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorLabels();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main id="content" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="mb-4 text-3xl font-bold">{t.title}</h1>
      <p className="mb-8 text-muted">{t.description}</p>
      <button type="button" onClick={reset} className="rounded bg-ink px-5 py-2 font-bold text-white">
        {t.retry}
      </button>
    </main>
  );
}
