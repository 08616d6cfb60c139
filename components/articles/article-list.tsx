import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { ArticleCard } from '@/lib/articles/types';
import { ArticleCardView } from './article-card';

export async function ArticleList({ locale, articles, headingLevel = 2 }: {
  locale: Locale; articles: ArticleCard[]; headingLevel?: 2 | 3;
}) {
  if (!articles.length) {
    const t = await getTranslations({ locale, namespace: 'Listing' });
    return <p className="text-muted">{t('empty')}</p>;
  }
  return (
    <ul className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
      {articles.map((article) => (
        <li key={article.id}>
          <ArticleCardView article={article} locale={locale} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
