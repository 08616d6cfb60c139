import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/articles/listing-page';
import type { Locale } from '@/i18n/routing';
import { listSectionArticles } from '@/lib/articles/queries';
import { parsePageSegment, parseSlug } from '@/lib/articles/schema';
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
  const t = await getTranslations({ locale, namespace: 'Listing' });
  const base = paths.section(locale, section.slug);
  return {
    title: page > 1 ? t('pageTitle', { title: section.name, page }) : section.name,
    description: section.description || undefined,
    alternates: { canonical: page > 1 ? `${base}/${page}` : base },
  };
}

export default async function SectionPage({ params }: Props) {
  const { locale, page, section } = await load(params);
  setRequestLocale(locale);
  if (!section) notFound();
  const articles = await listSectionArticles(locale, section.slug, page);
  if (page > articles.pageCount) notFound();
  return (
    <ListingPage
      locale={locale}
      title={section.name}
      intro={section.description ? <p className="mb-6 text-muted">{section.description}</p> : null}
      page={articles}
      basePath={localPaths.section(section.slug)}
    />
  );
}
