import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { listSections } from '@/lib/sections/queries';
import { pathTo } from '@/lib/url-paths';
import { formatToday } from '@/lib/utils/dates';
import { HeaderSearch } from './header-search';
import { LocaleSwitcher } from './locale-switcher';
import { MenuEscape } from './menu-escape.client';
import { NavLink } from './nav-link.client';

// The current page's link is drawn (globals.css, .nav-link) as well as announced.
const NAV_LINK = 'nav-link hover:text-accent';

export async function SiteHeader({ locale }: { locale: Locale }) {
  const [t, tMeta, sections] = await Promise.all([
    getTranslations({ locale, namespace: 'Layout' }),
    getTranslations({ locale, namespace: 'Metadata' }),
    listSections(locale),
  ]);

  const today = formatToday(locale);
  return (
    <header className="relative border-b border-line bg-white">
      <a
        href="#content"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2"
      >
        {t('skipToContent')}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-3xl font-bold text-ink" aria-label={tMeta('siteName')}>
          {tMeta('siteName')}
        </Link>
        <p className="hidden text-sm text-muted sm:block">{tMeta('tagline')}</p>
        <p className="order-first w-full text-xs text-muted">
          <time dateTime={today.iso}>{today.gregorian}</time> · <span>{today.hijri}</span>
        </p>
        <HeaderSearch
          locale={locale}
          labels={{ search: t('search'), searchLabel: t('searchLabel'), searchPlaceholder: t('searchPlaceholder'), openSearch: t('openSearch') }}
        />
        <LocaleSwitcher current={locale} label={t('languages')} />
        {/* A <details> toggle: the phone menu opens without JavaScript (globals.css shows the nav). */}
        <details id="site-menu" className="group md:hidden">
          <summary className="flex min-h-11 min-w-11 cursor-pointer list-none items-center rounded border border-line px-3 text-sm [&::-webkit-details-marker]:hidden">
            <span className="group-open:hidden">{t('menu')}</span>
            <span className="hidden group-open:inline">{t('closeMenu')}</span>
          </summary>
        </details>
        <MenuEscape menu="site-menu" />
        <nav id="site-nav" aria-label={t('mainNav')} className="w-full">
          <ul className="flex flex-col gap-1 border-t border-line pt-2 md:flex-row md:flex-wrap md:gap-5 md:border-0 md:pt-0">
            <li>
              <NavLink href="/" className={`font-bold ${NAV_LINK}`}>
                {t('home')}
              </NavLink>
            </li>
            {sections.map((section) => (
              <li key={section.slug}>
                <NavLink href={pathTo({ pathname: '/section/[slug]', params: { slug: section.slug } }, { encoding: 'readable' })} className={NAV_LINK}>
                  {section.name}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
