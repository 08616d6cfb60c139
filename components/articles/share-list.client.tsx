'use client';

import { shareTargets, type ShareNetwork } from '@/lib/articles/share-targets';
import { CopyLinkButton } from './copy-link.client';

type Props = { url: string; title: string; labels: { shareOn: Record<ShareNetwork, string>; copyLink: string; copied: string } };

/**
 * The share links and the copy button. The links are built here, from the address and the title,
 * so the page's flight data carries those once instead of four long network addresses; the server
 * renders the same links into the HTML, so they work without JavaScript.
 */
export function ShareList({ url, title, labels }: Props) {
  return (
    <ul className="share-list">
      {shareTargets(url, title).map(({ network, href }) => (
        <li key={network}>
          <a href={href} target="_blank" rel="noopener noreferrer" aria-label={labels.shareOn[network]}>
            <bdi>{network}</bdi>
          </a>
        </li>
      ))}
      <li>
        <CopyLinkButton url={url} label={labels.copyLink} doneLabel={labels.copied} />
      </li>
    </ul>
  );
}
