import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/articles/listing-page';
import { JsonLd } from '@/components/seo/json-ld';
import type { Locale } from '@/i18n/routing';
import { listSectionArticles } from '@/lib/articles/queries';
import { parsePageSegment, parseSlug } from '@/lib/articles/schema';
import { breadcrumbJsonLd } from '@/lib/seo/json-ld';
import { listingMetadata } from '@/lib/seo/listing';
import { getSection } from '@/lib/sections/queries';
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
  const section = slug && page ? await getSection(locale, slug) : null;
  return { locale, page: page ?? 1, section };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page, section } = await load(params);
  if (!section) return {};
  const [tSeo, tFeeds, tMeta] = await Promise.all([
    getTranslations({ locale, namespace: 'Seo' }),
    getTranslations({ locale, namespace: 'Feeds' }),
    getTranslations({ locale, namespace: 'Metadata' }),
  ]);
  const site = tMeta('siteName');
  return listingMetadata({
    locale,
    basePath: paths.section(locale, section.slug),
    page,
    title: section.name,
    description: section.description || tSeo('sectionDescription', { name: section.name, site }),
    feed: { scope: { kind: 'section', slug: section.slug }, title: tFeeds('sectionTitle', { site, name: section.name }) },
  });
}

export default async function SectionPage({ params }: Props) {
  const { locale, page, section } = await load(params);
  setRequestLocale(locale);
  if (!section) notFound();
  const articles = await listSectionArticles(locale, section.slug, page);
  if (page > articles.pageCount) notFound();
  const tLayout = await getTranslations({ locale, namespace: 'Layout' });
  const crumbs = breadcrumbJsonLd([
    { name: tLayout('home'), path: paths.home(locale) },
    { name: section.name, path: paths.section(locale, section.slug) },
  ]);
  return (
    <>
      <JsonLd data={crumbs} />
      <ListingPage
        locale={locale}
        title={section.name}
        intro={section.description ? <p className="mb-6 text-muted">{section.description}</p> : null}
        page={articles}
        basePath={localPaths.section(section.slug)}
      />
    </>
  );
}
