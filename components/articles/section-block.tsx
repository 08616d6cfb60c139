import { getTranslations } from 'next-intl/server';
import { SiteLink } from '@/components/ui/site-link';
import type { Locale } from '@/i18n/routing';
import type { ArticleCard } from '@/lib/articles/types';
import type { SectionSummary } from '@/lib/sections/types';
import { pathTo } from '@/lib/url-paths';
import { HeadedSection } from '@/components/ui/headed-section';
import { ArticleCardGrid } from './article-list';

/** A home-page block: a section's newest stories (read for all sections at once) with a link to the section. */
export async function SectionBlock({ locale, section, articles }: { locale: Locale; section: SectionSummary; articles: ArticleCard[] }) {
  if (!articles.length) return null;
  const t = await getTranslations({ locale, namespace: 'Home' });
  const sectionPath = pathTo({ pathname: '/section/[slug]', params: { slug: section.slug } }, { encoding: 'readable' });
  const heading = (
    <SiteLink href={sectionPath} className="hover:underline">
      {section.name}
    </SiteLink>
  );
  return (
    <HeadedSection id={`section-${section.slug}`} heading={heading} headingClassName="mb-4 border-b-2 border-accent pb-1 text-xl font-bold">
      <ArticleCardGrid articles={articles} locale={locale} size="compact" className="grid gap-6 sm:grid-cols-2 lg:grid-cols-4" />
      <p className="mt-3 text-sm">
        <SiteLink href={sectionPath} className="tap text-accent-dark underline">
          {t('more', { section: section.name })}
        </SiteLink>
      </p>
    </HeadedSection>
  );
}
