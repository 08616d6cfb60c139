import { getTranslations } from 'next-intl/server';
import { SiteLink } from '@/components/ui/site-link';
import type { Locale } from '@/i18n/routing';
import { listSections } from '@/lib/sections/queries';
import { pathTo } from '@/lib/url-paths';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const [t, sections] = await Promise.all([getTranslations({ locale, namespace: 'Layout' }), listSections(locale)]);
  return (
    // Drawn by globals.css (.site-footer), like the header.
    <footer className="site-footer">
      <div>
        <nav aria-label={t('footerNav')}>
          <ul>
            {sections.map((section) => (
              <li key={section.slug}>
                <SiteLink href={pathTo({ pathname: '/section/[slug]', params: { slug: section.slug } }, { encoding: 'readable' })}>{section.name}</SiteLink>
              </li>
            ))}
          </ul>
        </nav>
        <p>{t('copyright', { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  );
}
