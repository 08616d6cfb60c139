'use client';

import { useEffect } from 'react';
import { useErrorLabels } from '@/components/layout/error-labels.client';
import { buttonClass } from '@/components/ui/button';

export default function LocaleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorLabels();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main id="content" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="mb-4 text-3xl font-bold">{t.title}</h1>
      <p className="mb-8 text-muted">{t.description}</p>
      <button type="button" onClick={reset} className={buttonClass('primary', 'px-5')}>
        {t.retry}
      </button>
    </main>
  );
}
