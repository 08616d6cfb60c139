import { feedResponse } from '@/lib/feeds/route';

// Cached like the pages and expired by the feeds tag (any article, taxonomy or setting change),
// instead of rebuilding fifty articles' bodies for every anonymous request.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; path: string[] }> };

/** /feeds/<locale>/{rss,atom}.xml and /feeds/<locale>/{section,author}/<slug>/{rss,atom}.xml */
export async function GET(_request: Request, { params }: Props) {
  const { locale, path } = await params;
  if (path.length === 1) return feedResponse({ locale, file: path[0]! });
  if (path.length === 3) return feedResponse({ locale, kind: path[0], slug: path[1], file: path[2]! });
  return new Response('Not Found', { status: 404 });
}
