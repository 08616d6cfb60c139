'use client';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { idleActionState, type ActionState } from '@/lib/actions/state';
import { autosaveArticleAction } from '@/lib/articles/editor/actions';

/** Saves the form a few seconds after the last change; explicit saves still make revisions. */
export function useAutosave(formRef: RefObject<HTMLFormElement | null>, enabled: boolean, delayMs = 2500) {
  const [result, setResult] = useState<ActionState | null>(null);
  const [dirty, setDirty] = useState(false);
  const timer = useRef<number | undefined>(undefined);

  const changed = useCallback(() => {
    setDirty(true);
    if (!enabled) return;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(async () => {
      if (!formRef.current) return;
      const state = await autosaveArticleAction(idleActionState, new FormData(formRef.current));
      setResult({ ...state, at: Date.now() });
      if (state.status === 'saved') setDirty(false);
    }, delayMs);
  }, [enabled, formRef, delayMs]);

  useEffect(() => () => window.clearTimeout(timer.current), []);
  return { changed, result, dirty, setDirty };
}
