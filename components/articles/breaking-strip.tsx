import { SiteLink } from '@/components/ui/site-link';
import type { ArticleCard } from '@/lib/articles/types';
import { pathTo } from '@/lib/url-paths';
import { HeadedList } from '@/components/ui/headed-section';

/** The "عاجل" strip at the top of home: the stories an editor flagged as breaking, as plain links. */
export function BreakingStrip({ label, articles }: { label: string; articles: ArticleCard[] }) {
  if (!articles.length) return null;
  return (
    <HeadedList id="breaking-heading" heading={label} className="breaking-strip flex flex-wrap items-center gap-x-4 gap-y-1 rounded bg-accent-dark px-3 py-2 text-white" headingClassName="rounded bg-white px-2 font-bold text-accent-dark" listClassName="flex min-w-0 flex-col gap-1" items={articles} itemKey={(article) => article.id}>
      {(article) => (
        <SiteLink href={pathTo({ pathname: '/news/[slug]', params: { slug: article.slug } }, { encoding: 'readable' })} className="font-bold underline-offset-4 hover:underline">
          {article.title}
        </SiteLink>
      )}
    </HeadedList>
  );
}
