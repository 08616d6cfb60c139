import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/articles/listing-page';
import { type Locale, routing } from '@/i18n/routing';
import { listingMetadata } from '@/lib/seo/listing';
import { listAuthorArticles } from '@/lib/articles/queries';
import { parsePageSegment, parseSlug } from '@/lib/articles/schema';
import { getAuthor } from '@/lib/authors/queries';
import { localPaths, paths } from '@/lib/urls';

export const revalidate = 600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string; page?: string[] }> };

async function load(params: Props['params']) {
  const { locale, slug: raw, page: segments } = (await params) as { locale: Locale; slug: string; page?: string[] };
  const slug = parseSlug(raw);
  const page = parsePageSegment(segments);
  const author = slug && page ? await getAuthor(slug) : null;
  return { locale, page: page ?? 1, author };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page, author } = await load(params);
  if (!author) return {};
  const [t, tSeo, tFeeds, tMeta] = await Promise.all([
    getTranslations({ locale, namespace: 'Listing' }),
    getTranslations({ locale, namespace: 'Seo' }),
    getTranslations({ locale, namespace: 'Feeds' }),
    getTranslations({ locale, namespace: 'Metadata' }),
  ]);
  const site = tMeta('siteName');
  return listingMetadata({
    locale,
    basePath: paths.author(locale, author.slug),
    page,
    title: t('authorTitle', { name: author.name }),
    description: author.bio || tSeo('authorDescription', { name: author.name, site }),
    // An author's page exists in every edition.
    languages: Object.fromEntries(routing.locales.map((code) => [code, paths.author(code, author.slug)])),
    feed: { scope: { kind: 'author', slug: author.slug }, title: tFeeds('authorTitle', { site, name: author.name }) },
  });
}

export default async function AuthorPage({ params }: Props) {
  const { locale, page, author } = await load(params);
  setRequestLocale(locale);
  if (!author) notFound();
  const [t, articles] = await Promise.all([
    getTranslations({ locale, namespace: 'Listing' }),
    listAuthorArticles(locale, author.slug, page),
  ]);
  if (page > articles.pageCount) notFound();
  return (
    <ListingPage
      locale={locale}
      title={t('authorTitle', { name: author.name })}
      intro={
        <div className="mb-6 flex items-center gap-4">
          {author.photoUrl ? (
            // eslint-disable-next-line @next/next/no-img-element
            <img src={author.photoUrl} alt="" width={80} height={80} className="size-20 rounded-full object-cover" />
          ) : null}
          {author.bio ? <p className="text-muted">{author.bio}</p> : null}
        </div>
      }
      page={articles}
      basePath={localPaths.author(author.slug)}
    />
  );
}
