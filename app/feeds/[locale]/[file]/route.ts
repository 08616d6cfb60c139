import { feedResponse } from '@/lib/feeds/route';

export const dynamic = 'force-dynamic';

/** /feeds/<locale>/rss.xml and /feeds/<locale>/atom.xml: the whole edition. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; file: string }> }) {
  return feedResponse(await params);
}
