'use client';

import NextLink from 'next/link';
import { useParams } from 'next/navigation';
import type { ComponentProps } from 'react';
import { inLocale } from '@/lib/url-paths';

type Href = string | { pathname: string; query?: Record<string, string> };
type Props = Omit<ComponentProps<typeof NextLink>, 'href'> & { href: Href; locale?: string };

/**
 * A link inside the current edition: "/news/x" becomes "/ar/news/x". next-intl's Link does the
 * same through its provider, which brings the ICU message formatter into every page's
 * download; every URL here carries its locale (no localized pathnames), so a prefix is all it takes. Paths
 * come from pathTo in lib/url-paths.ts, readable encoding.
 */
export function Link({ href, locale, ...props }: Props) {
  const params = useParams<{ locale?: string }>();
  const localize = (path: string) => inLocale(locale ?? params?.locale ?? '', path);
  return <NextLink href={typeof href === 'string' ? localize(href) : { ...href, pathname: localize(href.pathname) }} {...props} />;
}
