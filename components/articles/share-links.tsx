import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { SHARE_NETWORKS, type ShareNetwork } from '@/lib/articles/share-targets';
import { ShareList } from './share-list.client';

export async function ShareLinks({ locale, url, title }: { locale: Locale; url: string; title: string }) {
  const t = await getTranslations({ locale, namespace: 'Article' });
  const shareOn = Object.fromEntries(SHARE_NETWORKS.map((network) => [network, t('shareOn', { network })])) as Record<ShareNetwork, string>;
  return (
    <section aria-labelledby="share-heading" className="my-6">
      <h2 id="share-heading" className="mb-2 text-base font-bold">
        {t('share')}
      </h2>
      <ShareList url={url} title={title} labels={{ shareOn, copyLink: t('copyLink'), copied: t('copied') }} />
    </section>
  );
}
