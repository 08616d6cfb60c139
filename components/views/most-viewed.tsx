import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { listMostViewed } from '@/lib/views/queries';
import { HeadedSection } from '@/components/ui/headed-section';
import { MostViewedTabs } from './most-viewed-tabs.client';

/** The "الأكثر مشاهدة" sidebar: ranked and numbered, with 24 hours / 7 days tabs. */
export async function MostViewed({ locale }: { locale: Locale }) {
  const [t, tabs] = await Promise.all([getTranslations({ locale, namespace: 'MostViewed' }), listMostViewed(locale)]);
  const labels = {
    tabs: t('tabs'),
    day: t('day'),
    week: t('week'),
    empty: t('empty'),
    showing: { day: t('showing.day'), week: t('showing.week'), month: t('showing.month'), all: t('showing.all') },
  };
  return (
    <HeadedSection id="most-viewed-heading" heading={t('title')} className="most-viewed">
      <MostViewedTabs locale={locale} initial={tabs} labels={labels} />
    </HeadedSection>
  );
}
