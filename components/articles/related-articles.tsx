import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { listRelatedArticles } from '@/lib/articles/queries';
import type { ArticleDetail } from '@/lib/articles/types';
import { HeadedSection } from '@/components/ui/headed-section';
import { ArticleCardGrid } from './article-list';

export async function RelatedArticles({ locale, article }: { locale: Locale; article: ArticleDetail }) {
  const [t, related] = await Promise.all([
    getTranslations({ locale, namespace: 'Article' }),
    listRelatedArticles(article),
  ]);
  if (!related.length) return null;
  return (
    <HeadedSection id="related-heading" heading={t('related')} className="mt-10" headingClassName="mb-4 border-b-2 border-accent pb-1 text-xl font-bold">
      <ArticleCardGrid articles={related} locale={locale} size="compact" className="grid gap-6 sm:grid-cols-2" />
    </HeadedSection>
  );
}
