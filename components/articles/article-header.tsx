import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { ArticleDetail } from '@/lib/articles/types';
import { formatDate, formatDateTime, relativeParts, renderTime } from '@/lib/utils/dates';
import { relativeForms } from '@/lib/utils/relative-forms';
import { pathTo } from '@/lib/url-paths';
import { COLUMN_SIZES } from './article-card';
import { RelativeTime } from './relative-time.client';

// Publishing itself stamps both times within the same request; only a later edit counts.
const EDIT_GRACE_MS = 60_000;
const editedAfterPublication = (article: ArticleDetail) =>
  Date.parse(article.updatedAt) - Date.parse(article.publishedAt) > EDIT_GRACE_MS;

/** `unpublished`: shown instead of the publication date, for a preview of work not yet live. */
export async function ArticleHeader({ article, locale, unpublished }: { article: ArticleDetail; locale: Locale; unpublished?: string }) {
  const [t, tRelative] = await Promise.all([
    getTranslations({ locale, namespace: 'Article' }),
    getTranslations({ locale, namespace: 'RelativeTime' }),
  ]);
  const renderedAt = renderTime();
  const { unit, count } = relativeParts(article.publishedAt, renderedAt);
  const forms = relativeForms((u, n) => tRelative(u, { count: n }), locale, article.publishedAt, renderedAt);
  return (
    <header className="mb-6 flex flex-col gap-3">
      <p className="flex items-center gap-3 text-sm">
        <Link href={pathTo({ pathname: '/section/[slug]', params: { slug: article.section.slug } }, { encoding: 'readable' })} className="font-bold text-accent-dark hover:underline">
          {article.section.name}
        </Link>
        {article.kind !== 'news' ? (
          <span className="rounded bg-ink px-2 text-xs text-white">{t(`kind.${article.kind}`)}</span>
        ) : null}
      </p>
      <h1 className="text-3xl font-bold leading-snug md:text-4xl">{article.title}</h1>
      {article.dek ? <p className="text-lg text-muted">{article.dek}</p> : null}
      <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
        {article.authors.length ? (
          <p>
            {t('by')}{' '}
            {article.authors.map((author, index) => (
              <span key={author.slug}>
                {index > 0 ? '، ' : null}
                <Link href={pathTo({ pathname: '/author/[slug]', params: { slug: author.slug } }, { encoding: 'readable' })} rel="author" className="font-bold text-ink hover:underline">
                  <bdi>{author.name}</bdi>
                </Link>
              </span>
            ))}
          </p>
        ) : null}
        {unpublished ? (
          <p>{unpublished}</p>
        ) : (
          <p>
            {t('publishedOn')} <time dateTime={article.publishedAt}>{formatDate(locale, article.publishedAt)}</time>
            {' · '}
            <RelativeTime
              iso={article.publishedAt}
              renderedAt={renderedAt}
              label={tRelative(unit, { count })}
              forms={forms}
              locale={locale}
            />
          </p>
        )}
        {!unpublished && editedAfterPublication(article) ? (
          <p>
            {t('updatedOn')} <time dateTime={article.updatedAt}>{formatDateTime(locale, article.updatedAt)}</time>
          </p>
        ) : null}
      </div>
      {article.image ? (
        <figure className="mt-2">
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={article.image.url}
            srcSet={article.image.srcSet}
            sizes={article.image.srcSet ? COLUMN_SIZES : undefined}
            alt={article.image.alt}
            width={article.image.width ?? 1200}
            height={article.image.height ?? 675}
            fetchPriority="high"
            className="aspect-video w-full rounded object-cover"
          />
          {article.imageCaption ? (
            <figcaption className="mt-2 text-sm text-muted">{article.imageCaption}</figcaption>
          ) : null}
        </figure>
      ) : null}
    </header>
  );
}
