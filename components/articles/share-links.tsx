import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { encodeReadable } from '@/lib/url-paths';
import { CopyLinkButton } from './copy-link.client';

export async function ShareLinks({ locale, url, title }: { locale: Locale; url: string; title: string }) {
  const t = await getTranslations({ locale, namespace: 'Article' });
  const u = encodeURIComponent(url);
  // The title's letters stay as they are (the browser encodes them when the link is followed);
  // the page's own address stays fully encoded inside the networks' addresses.
  const text = encodeReadable(title);
  const networks = [
    { name: 'WhatsApp', href: `https://wa.me/?text=${text}%20${u}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'X', href: `https://x.com/intent/tweet?url=${u}&text=${text}` },
    { name: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${text}` },
  ];
  return (
    <section aria-labelledby="share-heading" className="my-6">
      <h2 id="share-heading" className="mb-2 text-base font-bold">
        {t('share')}
      </h2>
      <ul className="flex flex-wrap gap-2 text-sm">
        {networks.map((network) => (
          <li key={network.name}>
            <a
              href={network.href}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={t('shareOn', { network: network.name })}
              className="tap rounded border border-line px-3 hover:border-accent"
            >
              <bdi>{network.name}</bdi>
            </a>
          </li>
        ))}
        <li>
          <CopyLinkButton url={url} label={t('copyLink')} doneLabel={t('copied')} />
        </li>
      </ul>
    </section>
  );
}
