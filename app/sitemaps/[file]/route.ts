import { listingSitemapEntries, newsSitemapEntries } from '@/lib/sitemaps/queries';
import { xmlResponse, xmlStream } from '@/lib/sitemaps/stream';
import { newsUrlsetOpen, urlsetClose, urlsetOpen } from '@/lib/sitemaps/xml';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ file: string }> };

/** /sitemaps/{sections,authors,tags,news}.xml */
export async function GET(_request: Request, { params }: Props) {
  const file = (await params).file;
  if (file === 'news.xml') {
    // Google fetches the news sitemap often; keep it fresh.
    return xmlResponse(xmlStream(newsUrlsetOpen, newsSitemapEntries(), urlsetClose), 120);
  }
  const kind = ({ 'sections.xml': 'sections', 'authors.xml': 'authors', 'tags.xml': 'tags' } as const)[file];
  if (!kind) return new Response('Not Found', { status: 404 });
  return xmlResponse(xmlStream(urlsetOpen, listingSitemapEntries(kind), urlsetClose));
}
