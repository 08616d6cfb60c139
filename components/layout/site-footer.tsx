import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { listSections } from '@/lib/sections/queries';
import { pathTo } from '@/lib/url-paths';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const [t, sections] = await Promise.all([getTranslations({ locale, namespace: 'Layout' }), listSections(locale)]);
  return (
    <footer className="mt-12 border-t border-line bg-ink text-white">
      <div className="mx-auto max-w-6xl px-4 py-8">
        <nav aria-label={t('footerNav')}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2 [&_a:hover]:underline">
            {sections.map((section) => (
              <li key={section.slug}>
                <Link href={pathTo({ pathname: '/section/[slug]', params: { slug: section.slug } }, { encoding: 'readable' })}>{section.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="mt-6 text-sm text-gray-300">{t('copyright', { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  );
}
