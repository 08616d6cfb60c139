'use client';

import { useEffect, useState } from 'react';

/**
 * Opens the section menu on small screens. Without JavaScript the menu is hidden on phones but
 * the footer repeats every section link, so nothing becomes unreachable.
 */
export function MenuToggle({ openLabel, closeLabel, controls }: { openLabel: string; closeLabel: string; controls: string }) {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    document.getElementById(controls)?.setAttribute('data-open', String(open));
  }, [open, controls]);

  return (
    <button
      type="button"
      aria-expanded={open}
      aria-controls={controls}
      onClick={() => setOpen((value) => !value)}
      className="rounded border border-line px-3 py-1 text-sm md:hidden"
    >
      {open ? closeLabel : openLabel}
    </button>
  );
}
