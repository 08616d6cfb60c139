import { getTranslations } from 'next-intl/server';
import { SiteLink } from '@/components/ui/site-link';
import type { Locale } from '@/i18n/routing';
import type { ArticleDetail } from '@/lib/articles/types';
import { formatDate, formatDateTime, relativeParts, renderTime } from '@/lib/utils/dates';
import { relativeForms } from '@/lib/utils/relative-forms';
import { pathTo } from '@/lib/url-paths';
import { Picture } from '@/components/ui/picture';
import { COLUMN_SIZES } from './article-card';
import { RelativeTime } from './relative-time.client';

// Publishing itself stamps both times within the same request; only a later edit counts.
const EDIT_GRACE_MS = 60_000;
const editedAfterPublication = (article: ArticleDetail) =>
  Date.parse(article.updatedAt) - Date.parse(article.publishedAt) > EDIT_GRACE_MS;

/**
 * `unpublished`: shown instead of the publication date, for a preview of work not yet live.
 * Drawn by globals.css (.article-header): the page carries its markup twice (HTML and flight data).
 */
export async function ArticleHeader({ article, locale, unpublished }: { article: ArticleDetail; locale: Locale; unpublished?: string }) {
  const [t, tRelative] = await Promise.all([
    getTranslations({ locale, namespace: 'Article' }),
    getTranslations({ locale, namespace: 'RelativeTime' }),
  ]);
  const renderedAt = renderTime();
  const { unit, count } = relativeParts(article.publishedAt, renderedAt);
  const forms = relativeForms((u, n) => tRelative(u, { count: n }), locale, article.publishedAt, renderedAt);
  return (
    <header className="article-header">
      <p className="kicker">
        <SiteLink href={pathTo({ pathname: '/section/[slug]', params: { slug: article.section.slug } }, { encoding: 'readable' })}>
          {article.section.name}
        </SiteLink>
        {article.kind !== 'news' ? (
          <span>{t(`kind.${article.kind}`)}</span>
        ) : null}
      </p>
      <h1>{article.title}</h1>
      {article.dek ? <p className="dek">{article.dek}</p> : null}
      <div className="byline">
        {article.authors.length ? (
          <p>
            {t('by')}{' '}
            {article.authors.map((author, index) => (
              <span key={author.slug}>
                {index > 0 ? '، ' : null}
                <SiteLink href={pathTo({ pathname: '/author/[slug]', params: { slug: author.slug } }, { encoding: 'readable' })} rel="author">
                  <bdi>{author.name}</bdi>
                </SiteLink>
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
        <figure>
          <Picture
            src={article.image.url}
            srcSet={article.image.srcSet}
            avifSrcSet={article.image.avifSrcSet}
            sizes={article.image.srcSet ? COLUMN_SIZES : undefined}
            alt={article.image.alt}
            width={article.image.width ?? 1200}
            height={article.image.height ?? 675}
            fetchPriority="high"
          />
          {article.imageCaption ? (
            <figcaption>{article.imageCaption}</figcaption>
          ) : null}
        </figure>
      ) : null}
    </header>
  );
}
