import { Picture } from '@/components/ui/picture';
import { SiteLink } from '@/components/ui/site-link';
import type { OpinionCard } from '@/lib/articles/types';
import { pathTo } from '@/lib/url-paths';
import { HeadedList } from '@/components/ui/headed-section';

/** The opinion rail: each column with its writer's photo, or their initials when there is none. */
export function OpinionRail({ label, articles }: { label: string; articles: OpinionCard[] }) {
  if (!articles.length) return null;
  return (
    <HeadedList id="opinion-heading" heading={label} className="opinion-rail" headingClassName="mb-4 border-b-2 border-accent pb-1 text-xl font-bold" listClassName="flex flex-col gap-4" itemClassName="flex items-start gap-3" items={articles} itemKey={(article) => article.id}>
      {(article) => (
        <>
          {article.author?.photoUrl ? (
            // The writer's name follows in text, so the photo adds nothing for a screen reader.
            <Picture
              src={article.author.photoUrl}
              srcSet={article.author.photoSrcSets?.webp}
              avifSrcSet={article.author.photoSrcSets?.avif}
              sizes="48px"
              alt=""
              width={48}
              height={48}
              loading="lazy"
              className="size-12 shrink-0 rounded-full object-cover"
            />
          ) : (
            <span aria-hidden="true" className="flex size-12 shrink-0 items-center justify-center rounded-full bg-line font-bold">
              {initialsOf(article.author?.name ?? '')}
            </span>
          )}
          <div className="min-w-0">
            {article.author ? (
              <SiteLink href={pathTo({ pathname: '/author/[slug]', params: { slug: article.author.slug } }, { encoding: 'readable' })} className="text-sm font-bold">
                <bdi>{article.author.name}</bdi>
              </SiteLink>
            ) : null}
            <p>
              <SiteLink href={pathTo({ pathname: '/news/[slug]', params: { slug: article.slug } }, { encoding: 'readable' })}>{article.title}</SiteLink>
            </p>
          </div>
        </>
      )}
    </HeadedList>
  );
}

/** First letters of the first two words ("سعاد العلوي" → "س ع"): Arabic letters do not join across the space. */
function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => [...word.replace(/^ال(?=\p{L}{2})/u, '')][0])
    .join(' ');
}
