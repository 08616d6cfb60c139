import { getTranslations } from 'next-intl/server';
import { SiteLink } from '@/components/ui/site-link';
import type { Locale } from '@/i18n/routing';
import { listSections } from '@/lib/sections/queries';
import { pathTo } from '@/lib/url-paths';
import { formatToday } from '@/lib/utils/dates';
import { HeaderSearch } from './header-search';
import { LocaleSwitcher } from './locale-switcher';
import { MenuEscape } from './menu-escape.client';
import { NavLink } from './nav-link.client';

export async function SiteHeader({ locale }: { locale: Locale }) {
  const [t, tMeta, sections] = await Promise.all([
    getTranslations({ locale, namespace: 'Layout' }),
    getTranslations({ locale, namespace: 'Metadata' }),
    listSections(locale),
  ]);

  const today = formatToday(locale);
  // Its look is in globals.css (.site-header): every page carries the header twice (markup and
  // flight data), so its elements get one short class, or none, instead of utility lists.
  return (
    <header className="site-header">
      <a href="#content" className="skip-link">
        {t('skipToContent')}
      </a>
      <div>
        <SiteLink href="/" className="logo" aria-label={tMeta('siteName')}>
          {tMeta('siteName')}
        </SiteLink>
        <p className="tagline">{tMeta('tagline')}</p>
        <p className="dateline">
          <time dateTime={today.iso}>{today.gregorian}</time> · <span>{today.hijri}</span>
        </p>
        <HeaderSearch
          locale={locale}
          labels={{ search: t('search'), searchLabel: t('searchLabel'), searchPlaceholder: t('searchPlaceholder'), openSearch: t('openSearch') }}
        />
        <LocaleSwitcher current={locale} label={t('languages')} />
        {/* A <details> toggle: the phone menu opens without JavaScript (globals.css shows the nav). */}
        <details id="site-menu">
          <summary>
            <span>{t('menu')}</span>
            <span>{t('closeMenu')}</span>
          </summary>
        </details>
        <MenuEscape menu="site-menu" />
        <nav id="site-nav" aria-label={t('mainNav')}>
          <ul>
            <li>
              <NavLink href="/" bold>
                {t('home')}
              </NavLink>
            </li>
            {sections.map((section) => (
              <li key={section.slug}>
                <NavLink href={pathTo({ pathname: '/section/[slug]', params: { slug: section.slug } }, { encoding: 'readable' })}>
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
