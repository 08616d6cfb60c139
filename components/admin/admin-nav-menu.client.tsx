'use client';
import { useParams, usePathname } from 'next/navigation';
import { useId, useState, type ReactNode } from 'react';
import { Link } from '@/i18n/navigation';
import { inLocale, type Href } from '@/lib/url-paths';

export type AdminNavItem = { href: Extract<Href, string>; label: string; badge?: { count: string; label: string } };

/**
 * The admin's navigation: a column from 1024 px up, a menu button below (tablets and phones), with
 * the page being viewed marked for screen readers and by eye. The home matches only itself; any
 * other item also marks the pages under it (an article under "المقالات").
 */
export function AdminNavMenu({ label, menuLabel, items, footer }: { label: string; menuLabel: string; items: AdminNavItem[]; footer: ReactNode }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const pathname = usePathname();
  const { locale } = useParams<{ locale: string }>();
  const isCurrent = (href: string) => {
    const full = inLocale(locale, href);
    return href === '/admin' ? pathname === full : pathname === full || pathname.startsWith(`${full}/`);
  };
  return (
    <nav aria-label={label}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
        className="inline-flex min-h-11 items-center gap-2 rounded border border-line px-4 font-bold lg:hidden"
      >
        <span aria-hidden="true">☰</span>
        {menuLabel}
      </button>
      <ul id={listId} className={`${open ? 'flex' : 'hidden'} mt-2 flex-col gap-1 lg:mt-0 lg:flex`}>
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={isCurrent(item.href) ? 'page' : undefined}
              onClick={() => setOpen(false)}
              className="flex min-h-11 items-center justify-between gap-2 rounded px-3 py-2 hover:bg-line aria-[current=page]:bg-ink aria-[current=page]:font-bold aria-[current=page]:text-white"
            >
              <span>{item.label}</span>
              {item.badge ? (
                <>
                  <span aria-hidden="true" className="rounded-full bg-accent-dark px-2 text-sm font-bold text-white">
                    {item.badge.count}
                  </span>
                  <span className="sr-only">{item.badge.label}</span>
                </>
              ) : null}
            </Link>
          </li>
        ))}
        {footer}
      </ul>
    </nav>
  );
}
