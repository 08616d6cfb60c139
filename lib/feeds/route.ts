import 'server-only';
import { getTranslations } from 'next-intl/server';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { parseSlug } from '@/lib/url-params';
import { xmlResponse } from '@/lib/sitemaps/stream';
import type { FeedFormat, FeedScope } from '@/lib/urls';
import { buildFeed, type FeedLabels } from './build';

// Shared by the feed route handlers: parse the URL, translate the titles, answer 404 or the XML.

const FORMATS: Record<string, FeedFormat> = { 'rss.xml': 'rss', 'atom.xml': 'atom' };
const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

type Params = { locale: string; file: string; kind?: string; slug?: string };

async function labelsFor(locale: (typeof routing.locales)[number], scope: FeedScope): Promise<FeedLabels> {
  const [t, meta] = await Promise.all([
    getTranslations({ locale, namespace: 'Feeds' }),
    getTranslations({ locale, namespace: 'Metadata' }),
  ]);
  const site = meta('siteName');
  return {
    siteName: site,
    siteTitle: t('siteTitle', { site }),
    description: t('description', { site }),
    scopedTitle: (name) => t(scope.kind === 'author' ? 'authorTitle' : 'sectionTitle', { site, name }),
  };
}

export async function feedResponse(params: Params): Promise<Response> {
  const format = FORMATS[params.file];
  if (!format || !hasLocale(routing.locales, params.locale)) return notFound();
  let scope: FeedScope = { kind: 'site' };
  if (params.kind !== undefined) {
    const slug = parseSlug(params.slug ?? '');
    if ((params.kind !== 'section' && params.kind !== 'author') || !slug) return notFound();
    scope = { kind: params.kind, slug };
  }
  const labels = await labelsFor(params.locale, scope);
  const xml = await buildFeed({ locale: params.locale, scope, format }, labels);
  if (xml === null) return notFound();
  const response = xmlResponse(xml, 300);
  response.headers.set('content-type', CONTENT_TYPES[format]);
  return response;
}

function notFound(): Response {
  return new Response('Not Found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
