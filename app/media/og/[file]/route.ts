import { getTranslations } from 'next-intl/server';
import { directionOf, type Locale } from '@/i18n/routing';
import { getCardArticle } from '@/lib/og/queries';
import { renderCard } from '@/lib/og/render-card';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ file: string }> };

/** /media/og/<article id>.png: the generated share card of an article. */
export async function GET(_request: Request, { params }: Props) {
  const match = /^([1-9]\d{0,9})\.png$/.exec((await params).file);
  const article = match ? await getCardArticle(Number(match[1])) : null;
  if (!article) return new Response('Not Found', { status: 404 });
  const locale = article.locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const png = await renderCard({
    title: article.title,
    label: article.section,
    siteName: t('siteName'),
    dir: directionOf(locale),
  });
  // The URL carries the article's update time (?v=), so a changed title gets a new address.
  return new Response(new Uint8Array(png), {
    headers: { 'content-type': 'image/png', 'cache-control': 'public, max-age=86400, stale-while-revalidate=604800' },
  });
}
