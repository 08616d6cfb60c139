import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { HeadedSection } from '@/components/ui/headed-section';
import { SHARE_NETWORKS, type ShareNetwork } from '@/lib/articles/share-targets';
import { ShareList } from './share-list.client';

export async function ShareLinks({ locale, url, title }: { locale: Locale; url: string; title: string }) {
  const t = await getTranslations({ locale, namespace: 'Article' });
  const shareOn = Object.fromEntries(SHARE_NETWORKS.map((network) => [network, t('shareOn', { network })])) as Record<ShareNetwork, string>;
  return (
    <HeadedSection id="share-heading" heading={t('share')} className="my-6" headingClassName="mb-2 text-base font-bold">
      <ShareList url={url} title={title} labels={{ shareOn, copyLink: t('copyLink'), copied: t('copied') }} />
    </HeadedSection>
  );
}
