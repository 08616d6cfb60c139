import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/articles/listing-page';
import type { Locale } from '@/i18n/routing';
import { listTagArticles } from '@/lib/articles/queries';
import { parsePageSegment, parseSlug } from '@/lib/articles/schema';
import { listingMetadata } from '@/lib/seo/listing';
import { getTag } from '@/lib/tags/queries';
import { localPaths, paths } from '@/lib/urls';

export const revalidate = 600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string; page?: string[] }> };

async function load(params: Props['params']) {
  const { locale, slug: raw, page: segments } = (await params) as { locale: Locale; slug: string; page?: string[] };
  const slug = parseSlug(raw);
  const page = parsePageSegment(segments);
  const tag = slug && page ? await getTag(locale, slug) : null;
  return { locale, page: page ?? 1, tag };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page, tag } = await load(params);
  if (!tag) return {};
  const [t, tSeo, tMeta] = await Promise.all([
    getTranslations({ locale, namespace: 'Listing' }),
    getTranslations({ locale, namespace: 'Seo' }),
    getTranslations({ locale, namespace: 'Metadata' }),
  ]);
  return listingMetadata({
    locale,
    basePath: paths.tag(locale, tag.slug),
    page,
    title: t('tagTitle', { name: tag.name }),
    description: tSeo('tagDescription', { name: tag.name, site: tMeta('siteName') }),
  });
}

export default async function TagPage({ params }: Props) {
  const { locale, page, tag } = await load(params);
  setRequestLocale(locale);
  if (!tag) notFound();
  const [t, articles] = await Promise.all([
    getTranslations({ locale, namespace: 'Listing' }),
    listTagArticles(locale, tag.slug, page),
  ]);
  if (page > articles.pageCount) notFound();
  return (
    <ListingPage
      locale={locale}
      title={t('tagTitle', { name: tag.name })}
      page={articles}
      basePath={localPaths.tag(tag.slug)}
    />
  );
}
