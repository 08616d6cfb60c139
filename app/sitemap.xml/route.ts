import { listCachedArticleChunks } from '@/lib/sitemaps/cached';
import { indexClose, indexOpen } from '@/lib/sitemaps/xml';
import { sitemapIndexEntries } from '@/lib/sitemaps/queries';
import { xmlResponse, xmlStream } from '@/lib/sitemaps/stream';

// Read at request time: the build never touches the database.
export const dynamic = 'force-dynamic';

export function GET() {
  return xmlResponse(xmlStream(indexOpen, sitemapIndexEntries(new Date(), listCachedArticleChunks), indexClose));
}
