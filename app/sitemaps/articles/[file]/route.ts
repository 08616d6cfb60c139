import { listCachedArticleChunks, readCachedArticleSitemapBatch } from '@/lib/sitemaps/cached';
import { articleSitemapEntries, isChunkNumber } from '@/lib/sitemaps/queries';
import { xmlResponse, xmlStream } from '@/lib/sitemaps/stream';
import { urlsetClose, urlsetOpen } from '@/lib/sitemaps/xml';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ file: string }> };

/** /sitemaps/articles/<n>.xml: the articles whose ids fall in the n-th block. */
export async function GET(_request: Request, { params }: Props) {
  const match = /^([1-9]\d{0,5})\.xml$/.exec((await params).file);
  const chunk = Number(match?.[1]);
  if (!match || !isChunkNumber(chunk)) return new Response('Not Found', { status: 404 });
  // Only blocks the index names: any other number would fill the cache with empty batches.
  if (!(await listCachedArticleChunks()).some((listed) => listed.chunk === chunk)) return new Response('Not Found', { status: 404 });
  return xmlResponse(xmlStream(urlsetOpen, articleSitemapEntries(chunk, new Date(), readCachedArticleSitemapBatch), urlsetClose));
}
