import { Picture } from '@/components/ui/picture';
import { SiteLink } from '@/components/ui/site-link';
import type { Locale } from '@/i18n/routing';
import type { ArticleCard } from '@/lib/articles/types';
import { formatDate, formatTimeOfDay } from '@/lib/utils/dates';
import { pathTo } from '@/lib/url-paths';

// How wide a picture is drawn, for choosing among an upload's copies: the page's main column
// (72rem wide, less the 20rem sidebar and gaps from lg up), and a card in its two- or
// three-column grid.
export const COLUMN_SIZES = '(min-width: 1024px) 760px, 100vw';
const GRID_SIZES = '(min-width: 1024px) 240px, (min-width: 640px) 50vw, 100vw';

export type ArticleCardProps = {
  article: ArticleCard;
  locale: Locale;
  size?: 'lead' | 'normal' | 'compact';
  headingLevel?: 2 | 3;
  /** The time of day instead of the date (the home page's latest list). */
  timeOfDay?: boolean;
};

/** A story in a list. Its look is the `.card` rule in globals.css: cards repeat by the dozen and
 * every page carries its markup twice (HTML and flight data), so no class list per element. */
export function ArticleCardView({ article, locale, size = 'normal', headingLevel = 3, timeOfDay = false }: ArticleCardProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className={size === 'normal' ? 'card' : `card ${size}`}>
      {article.image && size !== 'compact' ? (
        // Decorative here: the linked title right below names the story.
        <Picture
          src={article.image.url}
          srcSet={article.image.srcSet}
          avifSrcSet={article.image.avifSrcSet}
          sizes={article.image.srcSet ? (size === 'lead' ? COLUMN_SIZES : GRID_SIZES) : undefined}
          alt=""
          width={article.image.width ?? 1200}
          height={article.image.height ?? 675}
          loading={size === 'lead' ? 'eager' : 'lazy'}
          fetchPriority={size === 'lead' ? 'high' : undefined}
        />
      ) : null}
      <SiteLink href={pathTo({ pathname: '/section/[slug]', params: { slug: article.section.slug } }, { encoding: 'readable' })}>{article.section.name}</SiteLink>
      <Heading>
        <SiteLink href={pathTo({ pathname: '/news/[slug]', params: { slug: article.slug } }, { encoding: 'readable' })}>{article.title}</SiteLink>
      </Heading>
      {article.dek && size !== 'compact' ? <p>{article.dek}</p> : null}
      <p>
        <time dateTime={article.publishedAt}>{timeOfDay ? formatTimeOfDay(locale, article.publishedAt) : formatDate(locale, article.publishedAt)}</time>
        {article.authors.length ? (
          <>
            {' · '}
            <bdi>{article.authors.map((author) => author.name).join('، ')}</bdi>
          </>
        ) : null}
      </p>
    </article>
  );
}
