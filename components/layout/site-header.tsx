import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { listSections } from '@/lib/sections/queries';
import { localPaths } from '@/lib/urls';
import { HeaderSearch } from './header-search';
import { LocaleSwitcher } from './locale-switcher';
import { MenuToggle } from './menu-toggle.client';

export async function SiteHeader({ locale }: { locale: Locale }) {
  const [t, tMeta, sections] = await Promise.all([
    getTranslations({ locale, namespace: 'Layout' }),
    getTranslations({ locale, namespace: 'Metadata' }),
    listSections(locale),
  ]);

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
        <HeaderSearch
          locale={locale}
          labels={{ search: t('search'), searchLabel: t('searchLabel'), searchPlaceholder: t('searchPlaceholder'), openSearch: t('openSearch') }}
        />
        <LocaleSwitcher current={locale} label={t('languages')} />
        <MenuToggle openLabel={t('menu')} closeLabel={t('closeMenu')} controls="site-nav" />
        <nav
          id="site-nav"
          aria-label={t('mainNav')}
          className="hidden w-full data-[open=true]:block md:block"
        >
          {/* The links' look is set once here, not repeated on every section's link. */}
          <ul className="flex flex-col gap-1 border-t border-line pt-2 md:flex-row md:flex-wrap md:gap-5 md:border-0 md:pt-0 [&_a]:block [&_a]:py-2 [&_a:hover]:text-accent">
            <li>
              <Link href="/" className="font-bold">
                {t('home')}
              </Link>
            </li>
            {sections.map((section) => (
              <li key={section.slug}>
                <Link href={localPaths.section(section.slug)}>{section.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
