import { env } from '@/env';
import { absoluteUrl } from '@/lib/urls';
import { pathTo } from '@/lib/url-paths';

/** The newsroom as schema.org and Google News name it. */
export type Publisher = { name: string; locale: string };

// A raster logo: Google ignores SVG publisher logos. 600×60 is its recommended box.
export const PUBLISHER_LOGO = { path: '/brand/logo.png', width: 600, height: 60 } as const;

export function publisherOf(locale: string, name: string = env.SITE_NAME): Publisher {
  return { name, locale };
}

export function publisherJsonLd(publisher: Publisher) {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': `${absoluteUrl('/')}#publisher`,
    name: publisher.name,
    url: absoluteUrl(pathTo('/', { locale: publisher.locale })),
    logo: {
      '@type': 'ImageObject',
      url: absoluteUrl(PUBLISHER_LOGO.path),
      width: PUBLISHER_LOGO.width,
      height: PUBLISHER_LOGO.height,
    },
  };
}
