import { routing, type Locale } from '@/i18n/routing';
import { pathTo } from '@/lib/url-paths';

const NAMES: Record<Locale, string> = { ar: 'العربية', fr: 'Français', en: 'English' };

/** Each edition has its own articles, so switching language goes to that edition's home page. */
export function LocaleSwitcher({ current, label }: { current: Locale; label: string }) {
  return (
    <nav aria-label={label} className="locales">
      <ul>
        {routing.locales
          .filter((locale) => locale !== current)
          .map((locale) => (
            <li key={locale}>
              <a href={pathTo('/', { locale })} hrefLang={locale} lang={locale}>
                {NAMES[locale]}
              </a>
            </li>
          ))}
      </ul>
    </nav>
  );
}
