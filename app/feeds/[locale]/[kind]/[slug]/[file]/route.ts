import { feedResponse } from '@/lib/feeds/route';

export const dynamic = 'force-dynamic';

/** /feeds/<locale>/{section,author}/<slug>/{rss,atom}.xml */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; kind: string; slug: string; file: string }> },
) {
  return feedResponse(await params);
}
