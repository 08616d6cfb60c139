import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { listRelatedArticles } from '@/lib/articles/queries';
import type { ArticleDetail } from '@/lib/articles/types';
import { ArticleCardView } from './article-card';

export async function RelatedArticles({ locale, article }: { locale: Locale; article: ArticleDetail }) {
  const [t, related] = await Promise.all([
    getTranslations({ locale, namespace: 'Article' }),
    listRelatedArticles(article),
  ]);
  if (!related.length) return null;
  return (
    <section aria-labelledby="related-heading" className="mt-10">
      <h2 id="related-heading" className="mb-4 border-b-2 border-accent pb-1 text-xl font-bold">
        {t('related')}
      </h2>
      <ul className="grid gap-6 sm:grid-cols-2">
        {related.map((item) => (
          <li key={item.id}>
            <ArticleCardView article={item} locale={locale} size="compact" />
          </li>
        ))}
      </ul>
    </section>
  );
}
