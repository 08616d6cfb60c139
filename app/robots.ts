import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { absoluteUrl, crawlerPaths } from '@/lib/urls';
import { pathTo } from '@/lib/url-paths';

// Built per request: the site origin comes from the running server's SITE_URL, not the build's.
export const dynamic = 'force-dynamic';

// Admin, previews and search results stay out of the index; the sitemaps name everything else.
export default function robots(): MetadataRoute.Robots {
  const localized = routing.locales.flatMap((locale) => [pathTo('/admin', { locale }), pathTo('/preview', { locale }), pathTo('/search', { locale })]);
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/admin', '/preview', ...localized] }],
    sitemap: [absoluteUrl(crawlerPaths.sitemapIndex()), absoluteUrl(crawlerPaths.newsSitemap())],
  };
}
