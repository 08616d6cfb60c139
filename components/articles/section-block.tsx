import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { ArticleCard } from '@/lib/articles/types';
import type { SectionSummary } from '@/lib/sections/types';
import { pathTo } from '@/lib/url-paths';
import { ArticleCardView } from './article-card';

/** A home-page block: a section's newest stories (read for all sections at once) with a link to the section. */
export async function SectionBlock({ locale, section, articles }: { locale: Locale; section: SectionSummary; articles: ArticleCard[] }) {
  if (!articles.length) return null;
  const t = await getTranslations({ locale, namespace: 'Home' });
  const headingId = `section-${section.slug}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="mb-4 border-b-2 border-accent pb-1 text-xl font-bold">
        <Link href={pathTo({ pathname: '/section/[slug]', params: { slug: section.slug } }, { encoding: 'readable' })} className="hover:underline">
          {section.name}
        </Link>
      </h2>
      <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
        {articles.map((article) => (
          <li key={article.id}>
            <ArticleCardView article={article} locale={locale} size="compact" />
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm">
        <Link href={pathTo({ pathname: '/section/[slug]', params: { slug: section.slug } }, { encoding: 'readable' })} className="tap text-accent-dark underline">
          {t('more', { section: section.name })}
        </Link>
      </p>
    </section>
  );
}
