import { encodeReadable } from '@/lib/url-paths';

export const SHARE_NETWORKS = ['WhatsApp', 'Facebook', 'X', 'Telegram'] as const;
export type ShareNetwork = (typeof SHARE_NETWORKS)[number];

/**
 * Each network's share address for an article. The title's letters stay as they are (the browser
 * encodes them when the link is followed, so the request is the same); the article's own address
 * stays fully encoded inside the network's.
 */
export function shareTargets(url: string, title: string): { network: ShareNetwork; href: string }[] {
  const u = encodeURIComponent(url);
  const text = encodeReadable(title);
  const hrefs: Record<ShareNetwork, string> = {
    WhatsApp: `https://wa.me/?text=${text}%20${u}`,
    Facebook: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    X: `https://x.com/intent/tweet?url=${u}&text=${text}`,
    Telegram: `https://t.me/share/url?url=${u}&text=${text}`,
  };
  return SHARE_NETWORKS.map((network) => ({ network, href: hrefs[network] }));
}
