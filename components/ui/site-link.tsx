import { useLocale } from 'next-intl';
import type { AnchorHTMLAttributes } from 'react';
import { inLocale } from '@/lib/url-paths';

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { href: string };

/**
 * A link on the reading site, inside the current edition ("/news/x" becomes "/ar/news/x"): a plain
 * anchor, so the next page is a document that the front cache or nginx answers like any reader's
 * first visit. next/link (the newsroom's Link) prefetches every link in view through Next's router,
 * 3 to 6 requests per article view that no cache in front may answer, each costing Next about
 * 10 ms of CPU where a cached page costs under 0.1 ms: a viral story's readers would have swamped
 * the server with them. Paths come from pathTo in lib/url-paths.ts.
 */
export function SiteLink({ href, ...props }: Props) {
  return <a href={inLocale(useLocale(), href)} {...props} />;
}
