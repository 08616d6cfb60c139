import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { ArticleCard } from '@/lib/articles/types';
import { ArticleCardView, type ArticleCardProps } from './article-card';

/** Cards as a list, one item each; the grid (`className`) and the cards' look are the caller's. */
export function ArticleCardGrid({ articles, className, ...card }: { articles: ArticleCard[]; className: string } & Omit<ArticleCardProps, 'article'>) {
  return (
    <ul className={className}>
      {articles.map((article) => (
        <li key={article.id}>
          <ArticleCardView article={article} {...card} />
        </li>
      ))}
    </ul>
  );
}

export async function ArticleList({ locale, articles, headingLevel = 2 }: {
  locale: Locale; articles: ArticleCard[]; headingLevel?: 2 | 3;
}) {
  if (!articles.length) {
    const t = await getTranslations({ locale, namespace: 'Listing' });
    return <p className="text-muted">{t('empty')}</p>;
  }
  return <ArticleCardGrid articles={articles} locale={locale} headingLevel={headingLevel} className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3" />;
}
