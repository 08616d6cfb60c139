'use client';

import { useParams, usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { inLocale } from '@/lib/url-paths';

/**
 * A header link that says when it is where the reader is (`aria-current`, and drawn so): the home
 * link on the home page, a section's link on any page of that section. Rendered on the server too,
 * so the mark is there without JavaScript. Drawn by the `.nav-link` rule in globals.css. A plain
 * anchor, like every link of the reading site (components/ui/site-link.tsx says why).
 */
export function NavLink({ href, bold, children }: { href: string; bold?: boolean; children: ReactNode }) {
  const pathname = decodeURI(usePathname() ?? '');
  const { locale } = useParams<{ locale?: string }>() ?? {};
  const target = inLocale(locale ?? '', href);
  const current = pathname === target || (href !== '/' && pathname.startsWith(`${target}/`));
  return (
    <a href={target} aria-current={current ? 'page' : undefined} className={bold ? 'nav-link font-bold' : 'nav-link'}>
      {children}
    </a>
  );
}
