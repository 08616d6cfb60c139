'use client';

import { useEffect } from 'react';

/**
 * The phone menu is a <details> (it opens and closes without JavaScript); this leaf only adds what
 * a disclosure needs from script: Escape closes it and gives focus back to its toggle.
 */
export function MenuEscape({ menu }: { menu: string }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const details = document.getElementById(menu);
      if (event.key !== 'Escape' || !(details instanceof HTMLDetailsElement) || !details.open) return;
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menu]);
  return null;
}
