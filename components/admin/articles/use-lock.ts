'use client';
import { useEffect, useState } from 'react';
import type { LockHolder } from '@/lib/articles/editor/locks';
import { heartbeatLockAction, releaseLockAction } from '@/lib/articles/editor/actions';

const HEARTBEAT_MS = 30_000;

/**
 * Holds the article's lock while the editor is open: renews it every half minute and releases it
 * on leaving. Returns who took it over, if someone did.
 */
export function useArticleLock(articleId: number | null, enabled: boolean): LockHolder | null {
  const [lostTo, setLostTo] = useState<LockHolder | null>(null);
  useEffect(() => {
    if (!articleId || !enabled) return;
    let stopped = false;
    const beat = async () => {
      const result = await heartbeatLockAction(articleId);
      if (!stopped && !result.ok && result.error === 'held') setLostTo(result.holder);
    };
    void beat();
    const interval = window.setInterval(beat, HEARTBEAT_MS);
    const release = () => void releaseLockAction(articleId);
    window.addEventListener('pagehide', release);
    return () => {
      stopped = true;
      window.clearInterval(interval);
      window.removeEventListener('pagehide', release);
    };
  }, [articleId, enabled]);
  return lostTo;
}
