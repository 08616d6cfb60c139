'use client';

import { useEffect, useRef } from 'react';

/**
 * Tells the server a reader saw this article. It runs only in a page that is actually shown:
 * a prerendered page waits for activation, a background tab for becoming visible, and a link
 * prefetch never runs it at all. Renders nothing.
 */
export function ViewBeacon({ articleId }: { articleId: number }) {
  const sentFor = useRef<number | null>(null);
  useEffect(() => {
    const doc = document as Document & { prerendering?: boolean };
    const send = () => {
      if (sentFor.current === articleId || doc.prerendering || doc.visibilityState !== 'visible') return;
      sentFor.current = articleId;
      const body = JSON.stringify({ id: articleId });
      // sendBeacon survives the reader leaving; keepalive fetch does too where it is missing.
      if (navigator.sendBeacon?.('/api/views', body)) return;
      void fetch('/api/views', { method: 'POST', body, keepalive: true, headers: { 'Content-Type': 'text/plain' } }).catch(
        () => undefined,
      );
    };
    send();
    if (sentFor.current === articleId) return;
    doc.addEventListener('prerenderingchange', send);
    doc.addEventListener('visibilitychange', send);
    return () => {
      doc.removeEventListener('prerenderingchange', send);
      doc.removeEventListener('visibilitychange', send);
    };
  }, [articleId]);
  return null;
}
