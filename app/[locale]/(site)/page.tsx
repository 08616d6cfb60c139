import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ArticleCardView } from '@/components/articles/article-card';
import { ArticleCardGrid } from '@/components/articles/article-list';
import { BreakingStrip } from '@/components/articles/breaking-strip';
import { OpinionRail } from '@/components/articles/opinion-rail';
import { SectionBlock } from '@/components/articles/section-block';
import { JsonLd } from '@/components/seo/json-ld';
import { MostViewed } from '@/components/views/most-viewed';
import { pageParams } from '@/i18n/page-params';
import { getHomeFront } from '@/lib/articles/home';
import { listSectionBlocks } from '@/lib/articles/section-blocks';
import { listSections } from '@/lib/sections/queries';
import { websiteJsonLd } from '@/lib/seo/json-ld';
import { getSiteLabels } from '@/lib/seo/labels';
import { homeLanguages, pageMetadata } from '@/lib/seo/metadata';
import { publisherOf } from '@/lib/seo/publisher';
import { pathTo } from '@/lib/url-paths';

// Served from the cache; content changes revalidate it, and this bounds staleness otherwise.
export const revalidate = 300;

// Nothing is prerendered at build time (the build never reads the database); each edition's
// home page is rendered on its first request and cached from then on.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await pageParams(params);
  const [t, labels] = await Promise.all([getTranslations({ locale, namespace: 'Metadata' }), getSiteLabels(locale)]);
  return {
    ...pageMetadata({
      locale,
      path: pathTo('/', { locale }),
      title: t('homeTitle'),
      description: t('homeDescription'),
      siteName: labels.siteName,
      feedTitle: labels.feedTitle,
      languages: homeLanguages(),
    }),
    title: { absolute: t('homeTitle') },
  };
}

export default async function HomePage({ params }: Props) {
  const { locale } = await pageParams(params);
  const [t, front, sections, blocks] = await Promise.all([
    getTranslations({ locale, namespace: 'Home' }),
    getHomeFront(locale, 6),
    listSections(locale),
    listSectionBlocks(locale, 4),
  ]);
  const { lead, latest: rest } = front;
  const siteName = (await getTranslations({ locale, namespace: 'Metadata' }))('siteName');

  return (
    // On a phone the columns dissolve (`contents`) so the most-viewed list comes right after the
    // lead, where a reader scrolling down meets it; from lg up it is the side column again.
    <div className="flex flex-col gap-10 lg:grid lg:grid-cols-[1fr_20rem] lg:items-start">
      <div className="contents min-w-0 lg:flex lg:flex-col lg:gap-10">
        <JsonLd data={websiteJsonLd(locale, publisherOf(locale, siteName))} />
        <h1 className="sr-only">{siteName}</h1>
        <div className="order-0 lg:order-none empty:hidden">
          <BreakingStrip label={t('breaking')} articles={front.breaking} />
        </div>
        {lead ? (
          <section aria-labelledby="lead-heading" className="order-1 lg:order-none">
            <h2 id="lead-heading" className="sr-only">
              {t('lead')}
            </h2>
            <ArticleCardView article={lead} locale={locale} size="lead" />
          </section>
        ) : null}
        <section aria-labelledby="latest-heading" className="order-3 lg:order-none">
          <h2 id="latest-heading" className="mb-4 border-b-2 border-accent pb-1 text-xl font-bold">
            {t('latest')}
          </h2>
          <ArticleCardGrid articles={rest} locale={locale} timeOfDay className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3" />
        </section>
        {sections.map((section) => (
          <div key={section.slug} className="order-3 lg:order-none">
            <SectionBlock locale={locale} section={section} articles={blocks.get(section.slug) ?? []} />
          </div>
        ))}
      </div>
      <aside className="order-2 min-w-0 lg:order-none">
        <div className="flex flex-col gap-10">
          <MostViewed locale={locale} />
          <OpinionRail label={t('opinion')} articles={front.opinion} />
        </div>
      </aside>
    </div>
  );
}
