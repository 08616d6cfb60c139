import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { SiteLabels } from './article';

/** The site's name, its home crumb and its feed title in one edition's language. */
export async function getSiteLabels(locale: Locale): Promise<SiteLabels> {
  const [meta, layout, feeds] = await Promise.all([
    getTranslations({ locale, namespace: 'Metadata' }),
    getTranslations({ locale, namespace: 'Layout' }),
    getTranslations({ locale, namespace: 'Feeds' }),
  ]);
  return { siteName: meta('siteName'), home: layout('home'), feedTitle: feeds('siteTitle', { site: meta('siteName') }) };
}
