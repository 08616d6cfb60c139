import { Picture } from '@/components/ui/picture';
import { getTranslations } from 'next-intl/server';
import { JsonLd } from '@/components/seo/json-ld';
import { MostViewed } from '@/components/views/most-viewed';
import { listingHref } from '@/lib/listings/href';
import type { ListingWithArticles } from '@/lib/listings/types';
import { breadcrumbJsonLd } from '@/lib/seo/json-ld';
import { pathTo } from '@/lib/url-paths';
import { ArticleList } from './article-list';
import { Breadcrumbs } from './breadcrumbs';
import { Pagination } from './pagination';

/** Section, author and tag pages: a heading, the owner's description (and photo), a paged list and the sidebar. */
export async function ListingPage({ listing }: { listing: ListingWithArticles }) {
  const { kind, locale, owner, articles } = listing;
  const [t, tLayout, tListing] = await Promise.all([
    getTranslations({ locale, namespace: 'Article' }),
    getTranslations({ locale, namespace: 'Layout' }),
    getTranslations({ locale, namespace: 'Listing' }),
  ]);
  const title = tListing(`${kind}Title`, { name: owner.name });
  const crumbs = breadcrumbJsonLd([
    { name: tLayout('home'), path: pathTo('/', { locale }) },
    { name: owner.name, path: pathTo(listingHref(kind, owner.slug), { locale }) },
  ]);
  return (
    <>
      <JsonLd data={crumbs} />
      <div className="grid gap-10 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0">
          <Breadcrumbs label={t('breadcrumbs')} items={[{ name: tLayout('home'), href: '/' }, { name: title }]} />
          <h1 className="mb-4 text-3xl font-bold">{title}</h1>
          {owner.photoUrl || owner.description ? (
            <div className="mb-6 flex items-center gap-4">
              {owner.photoUrl ? (
                <Picture
                  src={owner.photoUrl}
                  srcSet={owner.photoSrcSets?.webp}
                  avifSrcSet={owner.photoSrcSets?.avif}
                  sizes="80px"
                  alt=""
                  width={80}
                  height={80}
                  className="size-20 rounded-full object-cover"
                />
              ) : null}
              {owner.description ? <p className="text-muted">{owner.description}</p> : null}
            </div>
          ) : null}
          <ArticleList locale={locale} articles={articles.items} />
          <Pagination
            locale={locale}
            basePath={pathTo(listingHref(kind, owner.slug), { encoding: 'readable' })}
            page={articles.page}
            pageCount={articles.pageCount}
          />
        </div>
        <aside className="min-w-0">
          <MostViewed locale={locale} />
        </aside>
      </div>
    </>
  );
}
